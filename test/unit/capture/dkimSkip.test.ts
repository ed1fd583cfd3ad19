/**
 * R3.4, local DKIM only where there is a signature: a message without a DKIM-Signature field is
 * not given to mailauth (it would read the whole message to answer "none, message not signed");
 * the verdict is the one mailauth gives. Signed messages go through it as before.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as mailauth from 'mailauth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authenticateMessage, mayHaveDkimSignature, verifyDkimLocally } from '../../../main/capture/understand/authenticate';
import { headerFields } from '../../../main/capture/understand/headers';
import { parseMime } from '../../../main/capture/understand/parseMime';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { captured, context, NOW, OFFER_HEADERS, rawMessage, txtResolver } from './support';

vi.mock('mailauth', async (importOriginal) => {
  const real = await importOriginal<typeof mailauth>();
  return { ...real, dkimVerify: vi.fn(real.dkimVerify) };
});

const verify = vi.mocked(mailauth.dkimVerify);

const unsigned = (body = 'Hi Jane,\n\nthe offer stands.\n\nSam\n'): Buffer => rawMessage(OFFER_HEADERS, body);

beforeEach(() => {
  verify.mockClear();
});

describe('R3.4 local DKIM only for signed messages', () => {
  it('R3.4 an unsigned message is none from local DKIM, as mailauth says, without running it: no authentication data', async () => {
    const raw = unsigned();
    // What mailauth itself answers for it.
    expect(await verifyDkimLocally(raw, txtResolver({}), NOW)).toBe('none');
    verify.mockClear();

    const message = captured(await understandMessage(raw, context()));
    expect(message.auth).toEqual({ dkim: 'none', spf: 'none', from: 'none', verdict: 'no-data', fromDomain: 'seller.example' });
    expect(verify).not.toHaveBeenCalled();
  });

  it('R3.4 a signed message is still verified by mailauth', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
    const signer = { signingDomain: 'seller.example', selector: 'bc', privateKey: key };
    const message = unsigned();
    const { signatures } = await mailauth.dkimSign(message, { ...signer, signTime: new Date(NOW), signatureData: [signer] });
    const raw = Buffer.concat([Buffer.from(signatures), message]);

    const auth = await authenticateMessage(raw, headerFields((await parseMime(raw)).headerLines), { resolver: txtResolver({ 'bc._domainkey.seller.example': record }), now: NOW, fromAddress: 'sam@seller.example' });
    expect(auth).toEqual({ dkim: 'pass', spf: 'none', from: 'local-dkim', verdict: 'pass', fromDomain: 'seller.example', dkimDomain: 'seller.example' });
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('R3.4 finds the field in any case, folded, and only in the header section as mailauth delimits it', () => {
    const withField = (field: string, body = 'text\n'): Buffer => Buffer.from(`${field}\r\nFrom: a@b.example\r\n\r\n${body}`);
    expect(mayHaveDkimSignature(withField('DKIM-Signature: v=1; a=rsa-sha256'))).toBe(true);
    expect(mayHaveDkimSignature(withField('dkim-signature:v=1'))).toBe(true);
    expect(mayHaveDkimSignature(withField('DKIM-Signature\r\n : v=1'))).toBe(true);
    expect(mayHaveDkimSignature(Buffer.from('From: a@b.example\nDkim-Signature: v=1\n\nbody'))).toBe(true);
    // no header section end at all: everything is header
    expect(mayHaveDkimSignature(Buffer.from('From: a@b.example\r\nDKIM-Signature: v=1'))).toBe(true);
    // in the body, or after an empty first line, it is not a header field
    expect(mayHaveDkimSignature(withField('X-Other: 1', 'DKIM-Signature: v=1\n'))).toBe(false);
    expect(mayHaveDkimSignature(Buffer.from('From: a@b.example\n\nDKIM-Signature: v=1\n'))).toBe(false);
    expect(mayHaveDkimSignature(Buffer.from('\r\nDKIM-Signature: v=1\r\n\r\n'))).toBe(false);
    expect(mayHaveDkimSignature(unsigned())).toBe(false);
  });

  it('R3.4 a DKIM-Signature that is not a field (in the body) gives the same verdict either way', async () => {
    const raw = unsigned('Forwarded headers:\nDKIM-Signature: v=1; d=x.example\n');
    expect(mayHaveDkimSignature(raw)).toBe(false);
    const auth = await authenticateMessage(raw, headerFields((await parseMime(raw)).headerLines), { resolver: txtResolver({}), now: NOW });
    expect(auth).toEqual({ dkim: await verifyDkimLocally(raw, txtResolver({}), NOW), spf: 'none', from: 'none', verdict: 'no-data' });
  });
});
