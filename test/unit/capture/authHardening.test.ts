/**
 * R3.4 as an attacker tries it, through `understandMessage`: a forged Authentication-Results
 * below the server's own, a signature for another domain, a spoofed own address under an
 * enforcing DMARC policy, and the authserv-id that is learned but trusted only once confirmed.
 * DNS answers come from the injected resolver (no network).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerFields } from '../../../main/capture/understand/headers';
import { parseMime } from '../../../main/capture/understand/parseMime';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { authenticateMessage } from '../../../main/capture/understand/authenticate';
import { trustedAuthenticationResults, type HeaderField } from '../../../shared/rules/capture/trustedResults';
import { captured, context, NOW, OFFER_HEADERS, OWNER, rawMessage, rejected, txtResolver } from './support';

const AUTHSERV = 'mx.seller.example';
const body = 'Hi Jane,\n\nthe offer stands.\n\nSam\n';

/** The offer (From: the owner) as the drop box's server delivers it: its headers on top. */
function delivered(...top: string[]): Buffer {
  return rawMessage([...top.map((line) => line.split(': ', 2) as [string, string]), ...OFFER_HEADERS], body);
}

/** A stranger's mail to the drop box, From another domain. */
function strangerMail(...top: string[]): Buffer {
  return rawMessage(
    [
      ...top.map((line) => line.split(': ', 2) as [string, string]),
      ['From', 'Jane Roe <jane@customer.example>'],
      ['To', 'crm@seller.example'],
      ['Subject', 'Hello'],
      ['Message-ID', '<hello-1@customer.example>'],
      ['Date', 'Wed, 15 May 2024 10:00:00 +0000'],
    ],
    body,
  );
}

const received = `Received: from mail.seller.example by ${AUTHSERV}; Wed, 15 May 2024 10:00:01 +0000`;

describe('R3.4 only the topmost trusted Authentication-Results counts', () => {
  const real = `Authentication-Results: ${AUTHSERV}; dkim=fail (bad signature) header.d=seller.example; spf=fail smtp.mailfrom=${OWNER}`;
  const forged = `Authentication-Results: ${AUTHSERV}; dkim=pass header.d=seller.example; spf=pass smtp.mailfrom=${OWNER}`;
  it.each([
    ['directly below it (no Received between)', [real, forged, received]],
    ['below the server\'s Received line', [real, received, forged]],
  ])('R3.4 a forged dkim=pass %s does not turn the server\'s rejection into "verified"', async (_where, top) => {
    const result = rejected(await understandMessage(delivered(...top), context({ authservId: AUTHSERV })));
    expect(result.reason).toBe('auth-failed');
  });

  it('R3.4 a forged lower header directly below the real one (same hop) is ignored too, and the details say so', async () => {
    const raw = delivered(
      `Authentication-Results: ${AUTHSERV}; dkim=none; spf=softfail smtp.mailfrom=${OWNER}`,
      `Authentication-Results: ${AUTHSERV}; dkim=pass header.d=seller.example`,
      received,
    );
    const message = captured(await understandMessage(raw, context({ authservId: AUTHSERV, sourceKind: 'sync' })));
    expect(message.auth).toEqual({ dkim: 'none', spf: 'softfail', from: 'authentication-results', verdict: 'none', fromDomain: 'seller.example', ignoredHeaders: 1 });
  });
});

describe('R3.4 alignment with the From domain', () => {
  it('R3.4 a DKIM pass for another domain is "not aligned", not verified', async () => {
    const raw = strangerMail(`Authentication-Results: ${AUTHSERV}; dkim=pass header.d=bulkmailer.example; spf=none`);
    const message = captured(await understandMessage(raw, context({ authservId: AUTHSERV, own: { primary: OWNER, verified: [], pending: [] }, accepted: true })));
    expect(message.auth.verdict).toBe('unaligned');
    expect(message.auth).toMatchObject({ dkimDomain: 'bulkmailer.example', fromDomain: 'customer.example' });
  });

  it('R3.4 an SPF pass for an aligned envelope domain verifies the sender', async () => {
    const raw = delivered(`Authentication-Results: ${AUTHSERV}; dkim=none; spf=pass smtp.mailfrom=bounces@mail.seller.example`);
    expect(captured(await understandMessage(raw, context({ authservId: AUTHSERV }))).auth.verdict).toBe('pass');
  });

  it('R3.4 with no results at all the state is "no authentication data"', async () => {
    const message = captured(await understandMessage(delivered(), context()));
    expect(message.auth.verdict).toBe('no-data');
  });
});

describe('R3.4 DMARC of drop-box mail that claims the owner\'s address', () => {
  const reject = txtResolver({ '_dmarc.seller.example': 'v=DMARC1; p=reject' });
  const quarantine = txtResolver({ '_dmarc.seller.example': 'v=DMARC1; p=quarantine' });
  const monitor = txtResolver({ '_dmarc.seller.example': 'v=DMARC1; p=none' });
  // a spoof: the sender's own server did not sign, SPF says nothing against it (no failure of both)
  const spoof = () => delivered(`Authentication-Results: ${AUTHSERV}; dkim=none; spf=neutral smtp.mailfrom=${OWNER}`);

  it('R3.4 is rejected when the owner\'s domain publishes p=reject (policy looked up through the resolver)', async () => {
    const result = rejected(await understandMessage(spoof(), context({ authservId: AUTHSERV, resolver: reject })));
    expect(result.reason).toBe('auth-failed');
    expect(result.detail).toBe('dkim=none spf=neutral dmarc=fail policy=reject (authentication-results)');
  });

  it('R3.4 is rejected under p=quarantine', async () => {
    expect(rejected(await understandMessage(spoof(), context({ authservId: AUTHSERV, resolver: quarantine }))).reason).toBe('auth-failed');
  });

  it('R3.4 is kept under p=none, and without any DMARC record', async () => {
    expect(captured(await understandMessage(spoof(), context({ authservId: AUTHSERV, resolver: monitor }))).auth).toMatchObject({ verdict: 'none', dmarc: { result: 'fail', policy: 'none' } });
    expect(captured(await understandMessage(spoof(), context({ authservId: AUTHSERV }))).auth.verdict).toBe('none');
  });

  it('R3.4 the trusted server\'s own dmarc=fail with its policy rejects without a lookup', async () => {
    const raw = delivered(`Authentication-Results: ${AUTHSERV}; dkim=pass header.d=bulkmailer.example; spf=none; dmarc=fail (p=QUARANTINE) header.from=seller.example`);
    expect(rejected(await understandMessage(raw, context({ authservId: AUTHSERV }))).reason).toBe('auth-failed');
  });

  it('R3.4 is never rejected for DMARC without trusted server results (SPF unknown), nor when aligned', async () => {
    expect(captured(await understandMessage(delivered(), context({ resolver: reject }))).auth.verdict).toBe('no-data');
    const aligned = delivered(`Authentication-Results: ${AUTHSERV}; dkim=pass header.d=seller.example; spf=fail`);
    expect(captured(await understandMessage(aligned, context({ authservId: AUTHSERV, resolver: reject }))).auth.verdict).toBe('pass');
  });

  it('R3.4 own mail the trusted server saw submitted by a logged-in user (auth=pass) is not rejected for DMARC', async () => {
    const raw = delivered(`Authentication-Results: ${AUTHSERV}; auth=pass smtp.auth=${OWNER}; dkim=none; spf=none`);
    expect(captured(await understandMessage(raw, context({ authservId: AUTHSERV, resolver: reject }))).auth.verdict).toBe('none');
  });

  it('R3.4 a stranger failing DMARC is not rejected for it (only own-address mail is)', async () => {
    const raw = strangerMail(`Authentication-Results: ${AUTHSERV}; dkim=none; spf=neutral; dmarc=fail (p=REJECT)`);
    const result = await understandMessage(raw, context({ authservId: AUTHSERV, accepted: true }));
    expect(captured(result).auth.verdict).toBe('none');
  });
});

describe('R3.4 the authserv-id is learned, not trusted', () => {
  it('R3.4 a drop-box message proposes the authserv-id of its topmost Authentication-Results while none is confirmed', async () => {
    const raw = delivered(`Authentication-Results: MX.Seller.Example; dkim=pass header.d=seller.example`, received, 'Authentication-Results: relay.other.example; spf=pass');
    const result = await understandMessage(raw, context());
    expect(result.authservIdSeen).toBe('mx.seller.example');
    // proposed only: its dkim=pass is not believed
    expect(captured(result).auth.verdict).toBe('no-data');
    // confirmed: believed, and nothing is proposed any more
    const confirmed = await understandMessage(raw, context({ authservId: 'mx.seller.example' }));
    expect(confirmed.authservIdSeen).toBeUndefined();
    expect(captured(confirmed).auth.verdict).toBe('pass');
  });

  it('R3.4 a rejected drop-box message proposes it too; synced folders and absurd ids do not', async () => {
    const stranger = strangerMail(`Authentication-Results: ${AUTHSERV}; none`);
    const result = await understandMessage(stranger, context());
    expect(rejected(result).reason).toBe('unknown-owner');
    expect(result.authservIdSeen).toBe(AUTHSERV);
    expect((await understandMessage(delivered(`Authentication-Results: ${AUTHSERV}; none`), context({ sourceKind: 'sync' }))).authservIdSeen).toBeUndefined();
    expect((await understandMessage(delivered(`Authentication-Results: ${'x'.repeat(300)}; none`), context())).authservIdSeen).toBeUndefined();
  });
});

describe('R3.4 property: headers below the topmost trusted one never change the verdict', () => {
  const results = fc.constantFrom('pass', 'fail', 'none', 'neutral', 'softfail', 'temperror', 'permerror', 'policy');
  const domain = fc.constantFrom('seller.example', 'mail.seller.example', 'bulkmailer.example', 'evil.example');
  const authLine = (id: fc.Arbitrary<string>) =>
    fc.record({ id, dkim: results, spf: results, dmarc: fc.constantFrom('pass', 'fail', 'none'), d: domain, m: domain, p: fc.constantFrom('none', 'quarantine', 'reject') }).map(
      (r) => `${r.id}; dkim=${r.dkim} header.d=${r.d}; spf=${r.spf} smtp.mailfrom=${r.m}; dmarc=${r.dmarc} policy.dmarc=${r.p}`,
    );
  const lowerHeader = fc.oneof(
    authLine(fc.constantFrom(AUTHSERV, 'MX.SELLER.EXAMPLE', 'relay.other.example')).map((value): HeaderField => ({ key: 'authentication-results', value })),
    fc.constantFrom<HeaderField>({ key: 'received', value: 'from somewhere by someone' }, { key: 'received-spf', value: 'pass receiver=mx.seller.example' }, { key: 'dkim-signature', value: 'v=1; d=evil.example' }),
    fc.string({ maxLength: 80 }).map((value): HeaderField => ({ key: 'authentication-results', value })),
  );

  it('R3.4 adding any headers below the topmost trusted one never changes the verdict', async () => {
    await fc.assert(
      fc.asyncProperty(authLine(fc.constant(AUTHSERV)), fc.array(lowerHeader, { maxLength: 6 }), async (top, lower) => {
        const above: HeaderField[] = [{ key: 'authentication-results', value: top }, { key: 'received', value: `from x by ${AUTHSERV}` }];
        const options = { authservId: AUTHSERV, resolver: txtResolver({}), now: NOW, verifyLocally: false, fromAddress: OWNER, claimsOwnAddress: true };
        const alone = await authenticateMessage(Buffer.alloc(0), above, options);
        const withLower = await authenticateMessage(Buffer.alloc(0), [...above, ...lower], options);
        const { ignoredHeaders: _a, ...expected } = alone;
        const { ignoredHeaders: _b, ...actual } = withLower;
        expect(actual).toEqual(expected);
        // and the trusted results read are exactly the topmost header's
        expect({ ...trustedAuthenticationResults([...above, ...lower], AUTHSERV), ignored: 0 }).toEqual(trustedAuthenticationResults(above, AUTHSERV));
      }),
      { numRuns: 150 },
    );
  });
});

describe('R3.4 header parsing of the headers themselves', () => {
  it('R3.4 headerFields keeps the order the server wrote them in', async () => {
    const raw = delivered(`Authentication-Results: ${AUTHSERV}; spf=pass`, received);
    const fields = headerFields((await parseMime(raw)).headerLines);
    expect(fields.slice(0, 2).map((f) => f.key)).toEqual(['authentication-results', 'received']);
  });
});
