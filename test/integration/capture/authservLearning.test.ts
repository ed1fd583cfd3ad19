/**
 * R3.4 the authserv-id is learned and visible: the whole core (capture worker, IPC handlers,
 * account file) against the mail stack with its authenticating MX. The first drop-box message
 * proposes the MX's authserv-id; nothing is trusted until the user confirms it in Settings
 * (saved as the account's authservId); then capture believes the MX's results.
 */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBatchEvent } from '../../support/captureBatchEvent';
import type { AuthVerdict } from '../../../shared/domain/mail';
import type { IpcEventName } from '../../../shared/ipc/contract';
import { AccountViewSchema } from '../../../shared/settings/accountConfig';
import { createTestCore, testAdapters, type TestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { seedAccount } from '../../support/stackAccount';

let stack: MailStack;
let sam: StackUser;
let crm: StackUser;
let core: TestCore | undefined;

beforeAll(async () => {
  stack = await startMailStack({ mx: {} });
  sam = await stack.createUser('sam');
  crm = await stack.createUser('crm');
});
afterAll(async () => {
  await core?.stop();
  await stack?.stop();
});

async function call(name: string, request: unknown): Promise<unknown> {
  if (core === undefined) throw new Error('no core');
  const result = await core.dispatch(name, request);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

describe('R3.4 the authserv-id is learned, then confirmed in Settings', () => {
  it('R3.4 the first drop-box message proposes the MX’s authserv-id; only once confirmed are its results believed', async () => {
    const transport = nodemailer.createTransport(stack.smtpConfig(sam));
    try {
      await transport.sendMail({ from: sam.address, to: 'buyer@external.test', bcc: crm.address, subject: 'Offer', text: 'The offer.', messageId: '<learn-1@blindcopy.test>' });
    } finally {
      transport.close();
    }

    const started = await createTestCore(testAdapters(), { captureDns: 'offline' });
    core = started;
    const candidates: string[] = [];
    const auth = new Map<string, AuthVerdict>();
    const listeners = new Set<() => void>();
    started.onEvent((event: IpcEventName, payload: unknown) => {
      if (event === 'capture:authservCandidate') candidates.push((payload as { authservId: string }).authservId);
      if (event === 'capture:batch') {
        const batch = decodeBatchEvent(payload);
        for (const m of batch.captured) auth.set(m.messageId, m.auth);
        void started.dispatch('capture:ack', { batchId: batch.batchId, checkpoint: batch.checkpoint });
      }
      for (const listener of [...listeners]) listener();
    });
    const until = (check: () => boolean, what: string): Promise<void> =>
      new Promise((resolve, reject) => {
        if (check()) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 20_000);
        const listener = () => {
          if (!check()) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve();
        };
        listeners.add(listener);
      });

    await seedAccount(started, stack, sam, crm);
    await call('capture:start', { checkpoints: [] });
    await until(() => candidates.length > 0 && auth.has('learn-1@blindcopy.test'), 'the proposal and the message');
    expect(candidates).toEqual([stack.mx?.authservId]);
    expect(await call('capture:authservCandidate', {})).toEqual({ authservId: 'mx.example.test' });

    // proposed, not trusted: the MX's pass is not read (and offline, the signature cannot be checked)
    expect(auth.get('learn-1@blindcopy.test')?.from).not.toBe('authentication-results');
    const before = AccountViewSchema.parse(await call('account:get', {}));
    expect(before.config?.authservId).toBeUndefined();

    // the user confirms it in Settings: saved with the account, seen there, used by capture
    if (before.config === undefined) throw new Error('no account');
    await call('account:save', { config: { ...before.config, authservId: 'mx.example.test' }, passwords: {} });
    const after = AccountViewSchema.parse(await call('account:get', {}));
    expect(after.config?.authservId).toBe('mx.example.test');

    auth.clear();
    await call('capture:start', { checkpoints: [] });
    await until(() => auth.has('learn-1@blindcopy.test'), 'the message captured again');
    expect(auth.get('learn-1@blindcopy.test')).toMatchObject({ verdict: 'pass', from: 'authentication-results', dkimDomain: stack.domain });
    // once confirmed, nothing else is proposed
    expect(candidates).toHaveLength(1);
  });
});
