import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileAtomic } from '../../../main/platform/atomicFile';
import { backoffDelay } from '../../../main/platform/backoff';
import { buildMime } from '../../../main/send/composeMime';
import { readJsonFileOrSetAside } from '../../../main/platform/jsonFile';
import { newMessageId } from '../../../main/send/messageId';
import { classifySendError } from '../../../main/send/sendFailure';
import { hashCode, hashToken, newConfirmationSecrets, sameHash } from '../../../main/addresses/secrets';
import { outgoing } from './builders';

const fixedBytes = (size: number) => new Uint8Array(size).fill(0xff);

describe('R2.6 our Message-ID', () => {
  it('R2.6 is 128 random bits at the sender domain', () => {
    expect(newMessageId('Alice@Acme.COM', fixedBytes)).toBe(`${'z'.repeat(25)}w@acme.com`);
    expect(newMessageId('a@bücher.test', fixedBytes)).toMatch(/@xn--bcher-kva\.test$/);
    expect(newMessageId('a@[127.0.0.1]', fixedBytes)).toMatch(/@blindcopy\.localhost$/);
    expect(newMessageId('x@y.test')).not.toBe(newMessageId('x@y.test'));
  });
});

describe('R2.2 the MIME message', () => {
  it('R2.2 has no Bcc header and no trace of the Bcc or CRM addresses', async () => {
    const message = outgoing({ bcc: [{ address: 'secret@x.test' }], crmBcc: 'crm+d-abc@acme.com', inReplyTo: 'p@x', references: ['r@x', 'p@x'] });
    const raw = (await buildMime(message, { messageId: 'id1@acme.com', date: new Date(0) })).toString('utf8');
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headers).not.toMatch(/^bcc:/im);
    expect(raw).not.toContain('secret@x.test');
    expect(raw).not.toContain('crm+d-abc');
    expect(headers).toContain('Message-ID: <id1@acme.com>');
    expect(headers).toContain('In-Reply-To: <p@x>');
    expect(headers).toContain('References: <r@x> <p@x>');
    // CRLF everywhere: the Sent APPEND needs it, and SMTP gets the same bytes
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('R2 attachments are the bytes given; file paths are never read', async () => {
    const message = outgoing({ attachments: [{ name: 'note.txt', contentType: 'text/plain', contentBase64: Buffer.from('hello').toString('base64') }] });
    const raw = (await buildMime(message, { messageId: 'id2@acme.com', date: new Date(0) })).toString('utf8');
    expect(raw).toContain('filename=note.txt');
    expect(raw).toContain(Buffer.from('hello').toString('base64'));
  });
});

describe('R2.6 temporary or permanent', () => {
  const smtp = (responseCode: number, response: string, extra: object = {}) => Object.assign(new Error('x'), { code: 'EMESSAGE', responseCode, response, ...extra });
  it.each<[string, unknown, { kind: string; code: string; responseCode?: number }, boolean]>([
    ['451 is temporary', smtp(451, '451 4.3.2 try later', { permanent: false }), { kind: 'temporary', code: 'rejected', responseCode: 451 }, false],
    ['550 is permanent', smtp(550, '550 mailbox unavailable', { permanent: true }), { kind: 'permanent', code: 'rejected', responseCode: 550 }, false],
    ['503 counts as temporary (bad sequence)', smtp(503, '503 bad sequence'), { kind: 'temporary', code: 'rejected', responseCode: 503 }, false],
    ['535 is a wrong password', Object.assign(new Error('Invalid login'), { code: 'EAUTH', responseCode: 535, response: '535 5.7.8 no' }), { kind: 'permanent', code: 'auth-failed', responseCode: 535 }, false],
    ['connection refused is temporary and certain', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }), { kind: 'temporary', code: 'unreachable' }, false],
    ['a greeting timeout is certain', Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' }), { kind: 'temporary', code: 'timeout' }, false],
    ['a reset mid-transaction is uncertain', Object.assign(new Error('read ECONNRESET'), { code: 'ESOCKET', originalCode: 'ECONNRESET' }), { kind: 'temporary', code: 'unreachable' }, true],
    ['a socket timeout is uncertain', Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' }), { kind: 'temporary', code: 'timeout' }, true],
    ['an untrusted certificate needs the user', Object.assign(new Error('self signed'), { code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), { kind: 'permanent', code: 'tls-untrusted' }, false],
  ])('R2.6 %s', (_name, err, expected, uncertain) => {
    const result = classifySendError(err);
    expect(result.error).toMatchObject(expected);
    expect(result.uncertain).toBe(uncertain);
  });

  it('R2.6 the server words are kept', () => {
    expect(classifySendError(smtp(550, '550 mailbox unavailable')).error.text).toBe('550 mailbox unavailable');
  });
});

describe('R2.6 back-off', () => {
  const options = { baseMs: 1000, maxMs: 60_000 };
  it.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [4, 1, 8000],
    [10, 1, 60_000],
    [100, 0, 30_000],
  ])('R2.6 failure %i with jitter %f waits %i ms', (failures, random, delay) => {
    expect(backoffDelay(failures, options, () => random)).toBe(delay);
  });
});

describe('R2.6 files on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'blindcopy-send-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('R2.6 an atomic write replaces the file and leaves no temp file', async () => {
    const file = join(dir, 'sub', 'x.json');
    await writeFileAtomic(file, '{"a":1}');
    await writeFileAtomic(file, '{"a":2}');
    expect(await readFile(file, 'utf8')).toBe('{"a":2}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['x.json']);
  });

  it('R2.6 a file that fails validation is set aside, not used and not deleted', async () => {
    const schema = z.object({ a: z.number() });
    const file = join(dir, 'x.json');
    expect(await readJsonFileOrSetAside(file, schema, 1)).toEqual({ kind: 'missing' });
    await writeFile(file, '{"a":"no"}');
    const result = await readJsonFileOrSetAside(file, schema, 7);
    expect(result).toMatchObject({ kind: 'set-aside', path: `${file}.invalid-7` });
    expect(await readFile(`${file}.invalid-7`, 'utf8')).toBe('{"a":"no"}');
    await writeFile(file, '{"a":3}');
    expect(await readJsonFileOrSetAside(file, schema, 8)).toEqual({ kind: 'ok', value: { a: 3 } });
  });
});

describe('R6.3 confirmation secrets', () => {
  it('R6.3 tokens have 160 random bits, codes 8 unambiguous characters', () => {
    const { token, code } = newConfirmationSecrets();
    expect(token).toMatch(/^[0-9a-hjkmnp-tv-z]{32}$/);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(newConfirmationSecrets().token).not.toBe(token);
  });

  it('R6.3 hashes compare equal only for the same secret', () => {
    expect(sameHash(hashToken('a'), hashToken('a'))).toBe(true);
    expect(sameHash(hashToken('a'), hashToken('b'))).toBe(false);
    expect(hashCode('00', 'ABCDEFGH')).not.toBe(hashCode('01', 'ABCDEFGH'));
    expect(sameHash('', '')).toBe(false);
  });
});
