/**
 * R6 alternate sender addresses against the real mail stack: the confirmation email arrives with
 * link and code, the code or the link confirms (once), expiry and wrong codes are refused, and
 * only hashes of the secrets are ever on disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlternateAddresses, type AlternateAddresses } from '../../../main/addresses/alternateAddresses';
import { alternateAddressesFile } from '../../../main/addresses/addressFile';
import { isFailure } from '../../../shared/failures/failure';
import { parseConfirmationLink } from '../../../shared/rules/send/confirmation';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { allSources, eventually, logins } from './stackAccess';

let stack: MailStack;
let alice: StackUser;
let dir: string;
let file: string;
let now = Date.UTC(2025, 0, 1, 9, 0, 0);
const clock = { now: () => now };
const confirmed: string[] = [];
let addresses: AlternateAddresses;

beforeAll(async () => {
  stack = await startMailStack();
  alice = await stack.createUser('alice');
  dir = await mkdtemp(join(tmpdir(), 'blindcopy-addresses-'));
  file = alternateAddressesFile({ userData: dir });
  const account = logins(stack, alice);
  addresses = createAlternateAddresses({
    file,
    primary: () => alice.address,
    smtp: () => account.smtp,
    clock,
    onConfirmed: (address) => {
      confirmed.push(address);
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The code (and params) of the Failure `work` is refused with; fails the test if it is not refused so. */
async function refusal(work: Promise<unknown>): Promise<{ code: string; params?: unknown }> {
  const error = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isFailure(error)) throw new Error(`expected a Failure, got ${String(error)}`);
  return error.params === undefined ? { code: error.code } : { code: error.code, params: error.params };
}

/** The link token and the code of the newest confirmation email in `user`'s INBOX. */
async function confirmationMail(user: StackUser, count = 1): Promise<{ token: string; code: string; from: string }> {
  const sources = await eventually(async () => {
    const all = await allSources(stack, user, 'INBOX');
    return all.length >= count ? all : undefined;
  });
  const parsed = await simpleParser(sources.at(-1) ?? '');
  const text = parsed.text ?? '';
  const link = /blindcopy:\/\/confirm-address\?token=\S+/.exec(text)?.[0] ?? '';
  const code = /code[^:]*:\s*([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] ?? '';
  return { token: parseConfirmationLink(link) ?? '', code, from: parsed.from?.value[0]?.address ?? '' };
}

describe('R6.2 confirming an alternate address', () => {
  it('R6.2 adding sends a mail with link and code to that address; the code confirms it; R3.8 onConfirmed fires', async () => {
    const carol = await stack.createUser('carol');
    expect(await addresses.add('Carol@Example.test')).toEqual({ address: carol.address, sent: true });
    expect(await addresses.list()).toMatchObject([
      { address: alice.address, status: 'primary' },
      { address: carol.address, status: 'pending', codeAttemptsLeft: 5, expiresAt: now + 24 * 3_600_000 },
    ]);
    const mail = await confirmationMail(carol);
    expect(mail.from).toBe(alice.address);
    expect(mail.token).toMatch(/^[0-9a-z]{32}$/);
    expect(mail.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // R6.3 only hashes on disk
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(mail.token);
    expect(onDisk).not.toContain(mail.code.replace('-', ''));
    expect(onDisk).not.toContain(mail.code);

    expect(await addresses.confirmCode(carol.address, mail.code.toLowerCase())).toEqual({ ok: true, address: carol.address });
    expect(confirmed).toEqual([carol.address]);
    expect(await addresses.list()).toMatchObject([{ status: 'primary' }, { address: carol.address, status: 'verified', verifiedAt: now }]);
    expect(await addresses.ownAddresses()).toEqual({ primary: alice.address, verified: [carol.address], pending: [] });

    // R6.3 single use: the link of the same mail no longer works, nor does the code
    expect(await refusal(addresses.confirmToken(mail.token))).toEqual({ code: 'confirm-invalid' });
    expect(await refusal(addresses.confirmCode(carol.address, mail.code))).toEqual({ code: 'confirm-invalid' });
  });

  it('R6.3 an expired link is refused; resend makes a new one and the old stops working', async () => {
    const dan = await stack.createUser('dan');
    await addresses.add(dan.address);
    const first = await confirmationMail(dan);
    now += 24 * 3_600_000 + 1000;
    expect(await refusal(addresses.confirmToken(first.token))).toEqual({ code: 'confirm-expired' });
    expect(await refusal(addresses.confirmCode(dan.address, first.code))).toEqual({ code: 'confirm-expired' });

    expect(await addresses.resend(dan.address)).toEqual({ address: dan.address, sent: true });
    const second = await confirmationMail(dan, 2);
    expect(second.token).not.toBe(first.token);
    expect(await refusal(addresses.confirmToken(first.token))).toEqual({ code: 'confirm-invalid' });
    // the shell may pass the whole link it was opened with
    expect(await addresses.confirmToken(`blindcopy://confirm-address?token=${second.token}`)).toEqual({ ok: true, address: dan.address });
    expect(await refusal(addresses.confirmToken(second.token))).toEqual({ code: 'confirm-invalid' });
  });

  it('R6.3 wrong codes are refused and limited; a typo that cannot be a code costs nothing; the link still works', async () => {
    const erin = await stack.createUser('erin');
    await addresses.add(erin.address);
    const mail = await confirmationMail(erin);
    const wrong = mail.code === '0000-0000' ? '1111-1111' : '0000-0000';
    expect(await refusal(addresses.confirmCode(erin.address, 'ABC'))).toEqual({ code: 'confirm-malformed' });
    for (const left of [4, 3, 2, 1]) expect(await refusal(addresses.confirmCode(erin.address, wrong))).toEqual({ code: 'confirm-wrong-code', params: { attemptsLeft: left } });
    expect(await refusal(addresses.confirmCode(erin.address, wrong))).toEqual({ code: 'confirm-locked' });
    expect(await refusal(addresses.confirmCode(erin.address, mail.code))).toEqual({ code: 'confirm-locked' });
    expect((await addresses.list()).find((a) => a.address === erin.address)).toMatchObject({ status: 'pending', codeAttemptsLeft: 0 });
    expect(await addresses.confirmToken(mail.token)).toEqual({ ok: true, address: erin.address });
  });

  it('R6.3 remove, and refusals for the primary, duplicates and non-addresses', async () => {
    await expect(addresses.add(alice.address)).rejects.toMatchObject({ code: 'address-is-primary' });
    await expect(addresses.add('not an address')).rejects.toMatchObject({ code: 'address-invalid' });
    await expect(addresses.add('CAROL@example.test')).rejects.toMatchObject({ code: 'address-exists' });
    await addresses.remove('carol@example.test');
    expect((await addresses.list()).map((a) => a.address)).not.toContain('carol@example.test');
  });

  it('R6.2 a confirmation mail that cannot be sent leaves the address pending with the reason', async () => {
    await stack.stopSmtp();
    try {
      const result = await addresses.add('frank@elsewhere.test');
      expect(result).toMatchObject({ sent: false, error: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect((await addresses.list()).find((a) => a.address === 'frank@elsewhere.test')).toMatchObject({ status: 'pending', sendError: expect.any(String) });
    } finally {
      await stack.startSmtp();
    }
    expect(await addresses.resend('frank@elsewhere.test')).toEqual({ address: 'frank@elsewhere.test', sent: true });
    const mail = stack.externalMail.at(-1);
    expect(mail?.envelope.to).toEqual(['frank@elsewhere.test']);
  });

  it('R6 the file survives a restart (a new instance reads the same state)', async () => {
    const again = createAlternateAddresses({ file, primary: () => alice.address, smtp: () => undefined, clock });
    expect((await again.list()).map((a) => [a.address, a.status])).toEqual([
      [alice.address, 'primary'],
      ['dan@example.test', 'verified'],
      ['erin@example.test', 'verified'],
      ['frank@elsewhere.test', 'pending'],
    ]);
  });
});
