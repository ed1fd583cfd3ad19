/**
 * R8.3 two installations of the app on one account (two cores, each with its own data folder):
 * what one uploads, the other's capture reads from the sync folder, and its own uploads come back
 * to it too (applying them again is harmless). Also: the status event reaches the IPC listeners,
 * and a settings change takes effect without a restart.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeBatchEvent } from '../../support/captureBatchEvent';
import type { ReplicaMessage, ReplicationStatus } from '../../../shared/domain/replication';
import type { IpcEventName } from '../../../shared/ipc/contract';
import { createTestCore, type TestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { seedAccount, stackAccountConfig } from '../../support/stackAccount';
import { deals, folderMessages } from './fixtures';

let stack: MailStack;
const cores: TestCore[] = [];
beforeAll(async () => {
  stack = await startMailStack();
});
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.stop()));
});
afterAll(async () => {
  await stack?.stop();
});

/** A core that acknowledges every batch as a store would, and keeps what the replica source brought. */
async function device(user: StackUser, dropbox: StackUser) {
  const core = await createTestCore();
  cores.push(core);
  const received: ReplicaMessage[] = [];
  const statuses: ReplicationStatus[] = [];
  const listeners = new Set<() => void>();
  core.onEvent((event: IpcEventName, payload: unknown) => {
    if (event === 'replication:status') statuses.push(payload as ReplicationStatus);
    if (event === 'capture:batch') {
      const batch = decodeBatchEvent(payload);
      if (batch.sourceKind === 'replica') received.push(...(batch.replicated ?? []));
      void core.dispatch('capture:ack', { batchId: batch.batchId, checkpoint: batch.checkpoint });
    }
    for (const listener of [...listeners]) listener();
  });
  await seedAccount(core, stack, user, dropbox);
  const until = (check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> =>
    new Promise((resolve, reject) => {
      if (check()) return resolve();
      const listener = () => {
        if (!check()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
    });
  return { core, received, statuses, until };
}

async function call(core: TestCore, name: string, request: unknown): Promise<unknown> {
  const result = await core.dispatch(name, request);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

describe('R8.3 two devices on one account', () => {
  it('R8.3 each device’s capture reads what the other uploaded (and its own uploads come back)', async () => {
    const sam = await stack.createUser('sam-two');
    const crm = await stack.createUser('crm-two');
    const laptop = await device(sam, crm);
    const desktop = await device(sam, crm);
    await laptop.until(() => laptop.statuses.some((s) => s.state === 'online'), 'the laptop online');
    expect(await call(laptop.core, 'replication:status', {})).toEqual({ state: 'online', folder: 'Blindcopy' });

    const started = (await call(desktop.core, 'capture:start', { checkpoints: [] })) as { started: boolean; sources: Array<{ id: string; kind: string }> };
    expect(started.sources).toEqual(expect.arrayContaining([{ id: 'replica:Blindcopy', kind: 'replica', mailbox: 'Blindcopy' }]));
    await call(laptop.core, 'capture:start', { checkpoints: [] });

    const fromLaptop = deals('laptop', 3);
    const fromDesktop = deals('desktop', 2);
    const { uid: laptopUid } = (await call(laptop.core, 'replication:uploadOps', { ops: fromLaptop })) as { uid?: number };
    const { uid: desktopUid } = (await call(desktop.core, 'replication:uploadOps', { ops: fromDesktop })) as { uid?: number };
    expect(laptopUid).toBeDefined();
    expect(desktopUid).toBeDefined();

    const opsOf = (received: ReplicaMessage[]) => received.flatMap((m) => (m.content.kind === 'ops' ? m.content.ops : []));
    for (const d of [laptop, desktop]) {
      await d.until(() => opsOf(d.received).length === 5, 'both batches');
      expect(opsOf(d.received)).toEqual(expect.arrayContaining([...fromLaptop, ...fromDesktop]));
      expect(d.received.map((m) => m.uid).sort()).toEqual([laptopUid, desktopUid].sort());
    }
    expect(await call(desktop.core, 'replication:folderInfo', {})).toEqual({ exists: true, messages: 2 });
  });

  it('R8.3 turning replication off in the settings takes effect at once: status disabled, no uploads, no replica source', async () => {
    const sam = await stack.createUser('sam-off');
    const crm = await stack.createUser('crm-off');
    const d = await device(sam, crm);
    await d.until(() => d.statuses.some((s) => s.state === 'online'), 'online');
    const config = stackAccountConfig(stack, sam, crm);
    await call(d.core, 'account:save', { config: { ...config, replication: { enabled: false, folder: 'Blindcopy' } }, passwords: {} });
    await d.until(() => d.statuses.at(-1)?.state === 'disabled', 'disabled');
    await expect(call(d.core, 'replication:uploadOps', { ops: deals('x', 1) })).rejects.toThrow();
    const started = (await call(d.core, 'capture:start', { checkpoints: [] })) as { sources: Array<{ kind: string }> };
    expect(started.sources.map((s) => s.kind)).toEqual(['dropbox']);

    // On again, with another folder: uploads go there.
    await call(d.core, 'account:save', { config: { ...config, replication: { enabled: true, folder: 'CRM-sync' } }, passwords: {} });
    await d.until(() => d.statuses.at(-1)?.state === 'online' && d.statuses.at(-1)?.folder === 'CRM-sync', 'online with the new folder');
    await call(d.core, 'replication:uploadOps', { ops: deals('x', 1) });
    expect(await folderMessages(stack, sam, 'CRM-sync')).toHaveLength(1);
  });
});
