/**
 * R3.4 end to end through `understandMessage`: real DKIM signatures made with mailauth and a key
 * generated here, the public key served by the injected resolver (no network).
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticateMessage } from '../../../main/capture/understand/authenticate';
import type { DnsResolver } from '../../../main/capture/understand/context';
import { headerFields } from '../../../main/capture/understand/headers';
import { parseMime } from '../../../main/capture/understand/parseMime';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { captured, context, NOW, OFFER_HEADERS, OWNER, rawMessage, rejected, txtResolver } from './support';

const SELECTOR = 'bc2024';
const DOMAIN = 'seller.example';
const AUTHSERV = 'mx.seller.example';

function keyPair(): { privateKey: string; record: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    record: `v=DKIM1; k=rsa; p=${der.toString('base64')}`,
  };
}

const body = 'Hi Jane,\n\nthe offer stands at 12,400 EUR.\n\nSam\n';

function unsigned(): Buffer {
  return rawMessage([...OFFER_HEADERS, ['Content-Transfer-Encoding', '7bit']], body);
}

async function signed(privateKey: string): Promise<Buffer> {
  const message = unsigned();
  // mailauth 4 reads the keys from `signatureData`; the top-level fields satisfy its typings.
  const signer = { signingDomain: DOMAIN, selector: SELECTOR, privateKey };
  const { signatures, errors } = await dkimSign(message, { ...signer, signTime: new Date(NOW), signatureData: [signer] });
  expect(signatures).toMatch(/^DKIM-Signature:/);
  expect(errors).toEqual([]);
  return Buffer.concat([Buffer.from(signatures), message]);
}

/** What the receiving server prepends: its trace and its verdicts, above the signature. */
function received(message: Buffer, ...headers: string[]): Buffer {
  return Buffer.concat([Buffer.from(headers.map((h) => `${h}\r\n`).join('')), message]);
}

function tampered(message: Buffer): Buffer {
  const text = message.toString('utf8');
  expect(text).toContain('12,400');
  return Buffer.from(text.replace('12,400', '1,240'));
}

describe('R3.4 DKIM verification through the injected resolver', () => {
  let key: { privateKey: string; record: string };
  let resolver: ReturnType<typeof txtResolver>;
  beforeAll(() => {
    key = keyPair();
    resolver = txtResolver({ [`${SELECTOR}._domainkey.${DOMAIN}`]: key.record });
  });

  it('R3.4 a valid signature passes when verified locally', async () => {
    const message = captured(await understandMessage(await signed(key.privateKey), context({ resolver })));
    expect(message.auth).toEqual({ dkim: 'pass', spf: 'none', from: 'local-dkim', verdict: 'pass', fromDomain: DOMAIN, dkimDomain: DOMAIN });
  });

  it('R3.4 a tampered body fails DKIM, but without an SPF failure the message is kept', async () => {
    const message = captured(await understandMessage(tampered(await signed(key.privateKey)), context({ resolver })));
    expect(message.auth).toEqual({ dkim: 'fail', spf: 'none', from: 'local-dkim', verdict: 'none', fromDomain: DOMAIN });
  });

  it('R3.4 a signature made with another key fails DKIM', async () => {
    const other = keyPair();
    const message = captured(await understandMessage(await signed(other.privateKey), context({ resolver })));
    expect(message.auth.dkim).toBe('fail');
  });

  it('R3.4 an unsigned message without server results has no authentication data, not a failure', async () => {
    const message = captured(await understandMessage(unsigned(), context({ resolver })));
    expect(message.auth).toEqual({ dkim: 'none', spf: 'none', from: 'none', verdict: 'no-data', fromDomain: DOMAIN });
  });

  it('R3.4 rejects when both DKIM and SPF fail: tampered body, SPF fail from the trusted server', async () => {
    const message = received(
      tampered(await signed(key.privateKey)),
      `Authentication-Results: ${AUTHSERV}; spf=fail smtp.mailfrom=${OWNER}`,
      `Received: from mail.seller.example by ${AUTHSERV}; Wed, 15 May 2024 10:00:01 +0000`,
    );
    const result = rejected(await understandMessage(message, context({ resolver, authservId: AUTHSERV })));
    expect(result).toMatchObject({ reason: 'auth-failed', messageId: 'offer-1@seller.example', subject: 'Offer', from: { address: OWNER } });
    expect(result.detail).toBe('dkim=fail spf=fail (authentication-results)');
  });

  it('R3.4 rejects when the trusted server reports a DKIM fail and an SPF softfail', async () => {
    const message = received(unsigned(), `Authentication-Results: ${AUTHSERV}; dkim=fail reason="bad signature" header.d=${DOMAIN}; spf=softfail`);
    expect(rejected(await understandMessage(message, context({ resolver, authservId: AUTHSERV }))).reason).toBe('auth-failed');
  });

  it('R3.4 a good signature outweighs an SPF fail', async () => {
    const message = received(await signed(key.privateKey), `Authentication-Results: ${AUTHSERV}; spf=fail smtp.mailfrom=${OWNER}`);
    const result = captured(await understandMessage(message, context({ resolver, authservId: AUTHSERV })));
    expect(result.auth).toEqual({ dkim: 'pass', spf: 'fail', from: 'authentication-results', verdict: 'pass', fromDomain: DOMAIN, dkimDomain: DOMAIN });
  });

  it('R3.4 ignores Authentication-Results of any other server (the sender could have written them)', async () => {
    const message = received(await signed(key.privateKey), 'Authentication-Results: forged.example; dkim=fail; spf=fail');
    const result = captured(await understandMessage(message, context({ resolver, authservId: AUTHSERV })));
    expect(result.auth).toEqual({ dkim: 'pass', spf: 'none', from: 'local-dkim', verdict: 'pass', fromDomain: DOMAIN, dkimDomain: DOMAIN });
  });

  it('R3.4 takes SPF from a Received-SPF of the trusted server when it wrote no Authentication-Results', async () => {
    const message = received(tampered(await signed(key.privateKey)), `Received-SPF: softfail (${AUTHSERV}: domain does not designate 192.0.2.9) receiver=${AUTHSERV}`);
    expect(rejected(await understandMessage(message, context({ resolver, authservId: AUTHSERV }))).reason).toBe('auth-failed');
    // without a configured server the same header proves nothing
    expect(captured(await understandMessage(message, context({ resolver }))).auth.spf).toBe('none');
  });

  it('R3.4 a key that cannot be looked up is not a failure', async () => {
    const message = captured(await understandMessage(await signed(key.privateKey), context()));
    expect(message.auth.dkim).not.toBe('fail');
    expect(message.auth.verdict).toBe('none');
  });

  it('R3.4 a stand-in message (partial body) is not verified locally, so it never fails DKIM on its body hash', async () => {
    const standIn = tampered(await signed(key.privateKey));
    const alone = captured(await understandMessage(standIn, context({ resolver, partialBody: true })));
    expect(alone.auth).toEqual({ dkim: 'neutral', spf: 'none', from: 'none', verdict: 'no-data', fromDomain: DOMAIN });

    const withServer = received(standIn, `Authentication-Results: ${AUTHSERV}; dkim=pass header.d=${DOMAIN}; spf=fail`);
    const trusted = captured(await understandMessage(withServer, context({ resolver, partialBody: true, authservId: AUTHSERV })));
    expect(trusted.auth).toEqual({ dkim: 'pass', spf: 'fail', from: 'authentication-results', verdict: 'pass', fromDomain: DOMAIN, dkimDomain: DOMAIN });
  });

  it('R3.4 a DNS query that never answers times out as a temporary error, not a failure', async () => {
    const hanging: DnsResolver = () => new Promise(() => undefined);
    const message = await signed(key.privateKey);
    const auth = await authenticateMessage(message, headerFields((await parseMime(message)).headerLines), {
      resolver: hanging,
      now: NOW,
      dnsTimeoutMs: 50,
    });
    expect(auth).toEqual({ dkim: 'temperror', spf: 'none', from: 'local-dkim', verdict: 'none' });
  });
});
