/**
 * R8.2 one trusted certificate serves every server that presents it: the same fingerprint is
 * trusted without asking again, any other certificate asks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alreadyTrusted, normalizedFingerprint, type PinnedCertificate } from '../../../shared/settings/certificateTrust';

const colons = (hex: string) => hex.match(/../g)?.join(':') ?? '';
const A = colons('AB'.repeat(32));
const B = colons('CD'.repeat(32));
const pin = (sha256: string): PinnedCertificate => ({ sha256, pem: `-----BEGIN CERTIFICATE-----\n${sha256}\n-----END CERTIFICATE-----\n` });

describe('R8.2 a certificate trusted for one server, presented by another', () => {
  it.each([
    ['the same certificate, trusted for another server', A, [pin(A)], A],
    ['the same fingerprint written in lower case', A.toLowerCase(), [pin(A)], A],
    ['the same fingerprint without colons', A.replace(/:/g, ''), [pin(A)], A],
    ['one of several trusted certificates', B, [undefined, pin(A), pin(B)], B],
    ['a different certificate', B, [pin(A)], undefined],
    ['nothing trusted yet', A, [undefined, undefined], undefined],
    ['no list at all', A, [], undefined],
    ['a fingerprint one digit short', A.slice(0, -1), [pin(A)], undefined],
    ['an empty fingerprint', '', [pin(A)], undefined],
  ] as const)('R8.2 %s', (_, presented, trusted, expected) => {
    expect(alreadyTrusted({ sha256: presented }, trusted)?.sha256).toBe(expected);
  });

  it('R8.2 trusted exactly when the fingerprint equals one trusted before (property)', () => {
    const fingerprint = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => colons(Buffer.from(bytes).toString('hex').toUpperCase()));
    fc.assert(
      fc.property(fingerprint, fc.array(fc.option(fingerprint, { nil: undefined }), { maxLength: 4 }), fc.boolean(), (presented, pins, lower) => {
        const trusted = pins.map((p) => (p === undefined ? undefined : pin(p)));
        const decision = alreadyTrusted({ sha256: lower ? presented.toLowerCase() : presented }, trusted);
        expect(decision !== undefined).toBe(pins.includes(presented));
        if (decision) expect(normalizedFingerprint(decision.sha256)).toBe(normalizedFingerprint(presented));
      }),
    );
  });
});
