/**
 * One app instance's core in a process of its own (started by deviceCore.ts with tsx's loader):
 * main's real services over the instance's settings folder, and the app server on the port the
 * instance keeps for life. Secrets go to a file in that folder through main's own encrypted
 * keychain with a stand-in cipher, so the account survives a SIGKILL and a restart like the app's
 * does (the tests' memory keychain would forget it).
 */
import { join } from 'node:path';
import { createEncryptedKeychain, type AsyncEncryptor } from '../../../../main/shell/encryptedKeychain';
import { ipcCalls } from '../../../../shared/ipc/contract';
import type { HandlerRegistry } from '../../../../main/ipc/registry';
import { systemClock } from '../../../../main/platform/ports';
import { createTestCore, type TestCore } from '../../coreServices';
import { startAppServer, type AppServer } from '../appServer';
import { type FromDeviceCore, type ToDeviceCore, ToDeviceCoreSchema } from './deviceProtocol';
import { batchEventHeader } from '../../captureBatchEvent';

/** Not encryption: the stand-in for safeStorage, which needs Electron (secrets stay on the test machine). */
const standInCipher: AsyncEncryptor = {
  isAsyncEncryptionAvailable: async () => true,
  encryptStringAsync: async (plain) => Buffer.from(plain, 'utf8'),
  decryptStringAsync: async (encrypted) => ({ result: encrypted.toString('utf8'), shouldReEncrypt: false }),
};

function send(message: FromDeviceCore): void {
  process.send?.(message);
}

/** call name → where it waits, and for capture:ack of which source kind (see ToDeviceCore 'hold') */
const holds = new Map<string, { when: 'before' | 'after'; sourceKind?: string }>();
/** the source kind of each batch emitted to the page, for holds of its capture:ack */
const batchKinds = new Map<string, string>();
/** settled by 'release': what held calls wait for */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
let released = gate();

function batchKindOf(request: unknown): string | undefined {
  const batchId = typeof request === 'object' && request !== null ? (request as { batchId?: unknown }).batchId : undefined;
  return typeof batchId === 'string' ? batchKinds.get(batchId) : undefined;
}

function noteBatch(event: string, payload: unknown): void {
  if (event !== 'capture:batch') return;
  // the header is enough: the body (the batch's JSON as bytes) is the page's to open
  const { batchId, sourceKind } = batchEventHeader(payload);
  batchKinds.set(batchId, sourceKind);
}

async function holdIfAsked(name: string, when: 'before' | 'after', request: unknown): Promise<void> {
  const hold = holds.get(name);
  if (hold?.when !== when) return;
  if (hold.sourceKind !== undefined && batchKindOf(request) !== hold.sourceKind) return;
  send({ type: 'call', name, phase: 'held' });
  await released.promise;
}

/** The registry the app server serves, with each call reported (and held when asked) on its way through. */
function watched(registry: HandlerRegistry): HandlerRegistry {
  // the services emit straight to the registry: its listeners see every batch on its way to the page
  registry.onEvent((event, payload) => noteBatch(String(event), payload));
  return {
    async dispatch(name, request) {
      const label = String(name);
      send({ type: 'call', name: label, phase: 'received' });
      await holdIfAsked(label, 'before', request);
      const result = await registry.dispatch(name, request);
      await holdIfAsked(label, 'after', request);
      send({ type: 'call', name: label, phase: 'answered', ok: result.ok });
      return result;
    },
    emit: (event, payload) => registry.emit(event, payload),
    emitChecked: (event, payload) => registry.emitChecked(event, payload),
    onEvent: (listener) => registry.onEvent(listener),
  };
}

let core: TestCore | undefined;
let server: AppServer | undefined;

async function handle(message: ToDeviceCore): Promise<void> {
  switch (message.type) {
    case 'start': {
      const adapters = {
        secrets: createEncryptedKeychain(standInCipher, join(message.userData, 'secrets.json'), process.platform),
        paths: { userData: message.userData },
        clock: systemClock,
        appVersion: '0.1.0-test',
        transport: 'websocket' as const,
      };
      core = await createTestCore(adapters, { captureDns: 'offline', ...message.services });
      if (message.seed) {
        const saved = await core.dispatch('account:save', message.seed);
        if (!saved.ok) throw new Error(`account:save failed: ${saved.error.message}`);
        // a refusal is a Failure in the envelope (above); the answer is checked by the contract
        ipcCalls['account:save'].response.parse(saved.value);
      }
      server = await startAppServer(watched(core), { port: message.port });
      send({ type: 'ready', url: server.url, origin: server.origin, pid: process.pid });
      return;
    }
    case 'hold':
      holds.set(message.name, { when: message.when, ...(message.sourceKind === undefined ? {} : { sourceKind: message.sourceKind }) });
      send({ type: 'holding', names: [...holds.keys()] });
      return;
    case 'release':
      holds.clear();
      released.open();
      released = gate();
      send({ type: 'holding', names: [] });
      return;
    case 'stop': {
      await server?.close();
      await core?.stop();
      process.exit(0);
    }
  }
}

process.on('message', (raw: unknown) => {
  const parsed = ToDeviceCoreSchema.safeParse(raw);
  if (!parsed.success) {
    send({ type: 'failed', message: `bad request: ${parsed.error.message}` });
    return;
  }
  handle(parsed.data).catch((err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) }));
});
// The test went away (or killed us): nothing to save, as after a crash.
process.on('disconnect', () => process.exit(0));
