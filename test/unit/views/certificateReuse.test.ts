/**
 * R8.2 which failed connection test a certificate trusted for another server of the account
 * settles without asking: only "not trusted" with the very same certificate, and never twice.
 */
import { describe, expect, it } from 'vitest';
import { certificateToReuse, trustedCertificates } from '../../../renderer/src/views/common/account/certificateReuse';
import { emptyAccount } from '../../../renderer/src/views/common/account/accountDraft';
import type { ServerTestState } from '../../../renderer/src/views/common/account/useServerTest';

const colons = (pair: string) => Array.from({ length: 32 }, () => pair).join(':');
const A = colons('AB');
const B = colons('CD');
const pin = (sha256: string) => ({ sha256, pem: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n' });
const certificate = (sha256: string) => ({ subject: 'CN=localhost', issuer: 'CN=localhost', sha256, validFrom: '', validTo: '', pem: pin(sha256).pem });
const untrusted = (sha256: string): ServerTestState => ({ status: 'failed', code: 'tls-untrusted', certificate: certificate(sha256) });
const server = emptyAccount().smtp;

describe('R8.2 a trusted certificate met again by another server', () => {
  it.each([
    ['the same certificate, not trusted by the system', untrusted(A), server, A],
    ['a different certificate: ask', untrusted(B), server, undefined],
    ['pinned here already and still refused: ask, do not loop', untrusted(A), { ...server, pinnedCertificate: pin(A) }, undefined],
    ['another failure', { status: 'failed', code: 'auth-failed' } as ServerTestState, server, undefined],
    ['untrusted without a certificate to compare', { status: 'failed', code: 'tls-untrusted' } as ServerTestState, server, undefined],
    ['a passing test', { status: 'ok', mailboxes: [] } as ServerTestState, server, undefined],
    ['a stale answer', undefined, server, undefined],
  ] as const)('R8.2 %s', (_, state, target, expected) => {
    expect(certificateToReuse(state, target, [pin(A)])?.sha256).toBe(expected);
  });

  it('R8.2 the drop box counts only with a login of its own', () => {
    const draft = emptyAccount();
    const withPins = { ...draft, imap: { ...draft.imap, pinnedCertificate: pin(A) }, dropbox: { ...draft.dropbox, server: { ...draft.dropbox.server, pinnedCertificate: pin(B) } } };
    expect(trustedCertificates({ ...withPins, dropbox: { ...withPins.dropbox, mode: 'folder' } }).map((p) => p?.sha256)).toEqual([A, undefined]);
    expect(trustedCertificates({ ...withPins, dropbox: { ...withPins.dropbox, mode: 'login' } }).map((p) => p?.sha256)).toEqual([A, undefined, B]);
  });
});
