/**
 * Everything main runs, assembled once from the adapters the shell (or a test) hands in: the
 * account settings, alternate addresses, the outbox, capture and replication (R8.3), plus the IPC
 * handlers over them. Events leave through `emit`, bound to the registry after it exists.
 */
import type { IpcEventName, IpcEventPayload } from '../../shared/ipc/contract';
import { alternateAddressesFile } from '../addresses/addressFile';
import { createAlternateAddresses, type AlternateAddresses } from '../addresses/alternateAddresses';
import { sourceProgressLog } from '../capture/runtime/progressLog';
import { createCaptureService, type CaptureService, type CaptureServiceOptions } from '../capture/runtime/captureService';
import type { Handlers } from '../ipc/registry';
import { createReplicationService, type ReplicationService, type ReplicationServiceOptions } from '../replication/replicationService';
import { createOutbox, outboxDir, type Outbox } from '../send/outbox';
import { createAccountSettings, type AccountSettings } from '../settings/accountSettings';
import { createAuthservCandidate, type AuthservCandidate } from '../settings/authservCandidate';
import { createHandlers } from './createHandlers';
import { createDeepLinkInbox, type DeepLinkInbox } from './deepLinkInbox';
import type { DiscoverDeps } from '../mail/autodiscover/discoverServers';
import { createSystemHandlers } from './systemHandlers';
import { createSystemService, type SystemService } from '../system/systemService';
import type { Logger, ServiceAdapters } from '../platform/ports';

export type Emit = <E extends IpcEventName>(event: E, payload: IpcEventPayload<E>) => void;

export interface MainServices {
  account: AccountSettings;
  addresses: AlternateAddresses;
  outbox: Outbox;
  capture: CaptureService;
  /** R3.4: the authserv-id learned from the drop box, until the user confirms one */
  authservCandidate: AuthservCandidate;
  replication: ReplicationService;
  /** updates and the login item */
  system: SystemService;
  handlers: Handlers;
  /** blindcopy:// links from the OS, held until a window takes them */
  deepLinks: DeepLinkInbox;
  /** late binding: the registry is built from the handlers, then events can flow */
  bindEmit(emit: Emit, emitChecked: Emit): void;
  start(): void;
  stop(): Promise<void>;
}

export interface MainServiceOptions {
  captureEngine?: CaptureServiceOptions['engine'];
  captureDns?: CaptureServiceOptions['dns'];
  captureStats?: CaptureServiceOptions['statsProbe'];
  /** the uploader's back-off and timeouts (tests) */
  replication?: Pick<ReplicationServiceOptions, 'backoff' | 'timeoutMs'>;
  /** autodiscovery's DNS and HTTPS (tests: a test resolver, a local config server) */
  discovery?: Partial<DiscoverDeps>;
}

export function createMainServices(adapters: ServiceAdapters, logger: Logger, options: MainServiceOptions = {}): MainServices {
  let emit: Emit = () => undefined;
  /** for payloads checked where they entered main (see HandlerRegistry.emitChecked) */
  let emitChecked: Emit = () => undefined;
  const settings = createAccountSettings(adapters.paths, adapters.secrets);
  // A saved account may turn replication on or off or move its folder: the uploader re-reads it
  // (capture takes it at its next start, which the renderer asks for after a save).
  const account: AccountSettings = {
    ...settings,
    async save(config, passwords) {
      const view = await settings.save(config, passwords);
      replication.settingsChanged();
      return view;
    },
  };
  const dropboxLocation = async () => {
    const cfg = await account.config();
    if (!cfg) return undefined;
    const server = await account.login(cfg.dropbox.mode === 'login' ? 'dropbox' : 'imap');
    return server ? { server, mailbox: cfg.dropbox.mailbox } : undefined;
  };
  const authservCandidate = createAuthservCandidate({
    paths: adapters.paths,
    now: () => adapters.clock.now(),
    confirmed: async () => (await account.config())?.authservId,
    onProblem: (problem) => logger.error(problem),
  });
  // R10.4: a source that stops or recovers is in main's log as well as in the sidebar
  const logProgress = sourceProgressLog(logger);
  const capture = createCaptureService({
    account,
    onAuthservIdSeen: (authservId) => {
      authservCandidate.report(authservId).then(
        (kept) => {
          if (kept) emit('capture:authservCandidate', { authservId: authservId.trim().toLowerCase() });
        },
        (err: unknown) => logger.error('authserv-id candidate not saved', err instanceof Error ? err.message : String(err)),
      );
    },
    ownAddresses: async () => ((await account.config()) ? addresses.ownAddresses() : undefined),
    // checked on arrival from the capture worker (engineProxy.ts): not again on the way out
    sendBatch: (batch) => emitChecked('capture:batch', batch),
    onProgress: (progress) => {
      logProgress(progress);
      emit('capture:progress', progress);
    },
    clock: adapters.clock,
    engine: options.captureEngine,
    dns: options.captureDns,
    statsProbe: options.captureStats,
  });
  const addresses = createAlternateAddresses({
    file: alternateAddressesFile(adapters.paths),
    primary: async () => (await account.config())?.email,
    smtp: () => account.login('smtp'),
    clock: adapters.clock,
    // Not awaited: refreshing reads the address list, which waits for this confirmation to end.
    onConfirmed: (address) => {
      void capture.refreshOwnAddresses().finally(() => emit('addresses:confirmed', { address }));
    },
    onChange: () => emit('addresses:changed', {}),
    onProblem: (problem) => logger.error(`alternate addresses: ${problem}`),
  });
  const outbox = createOutbox({
    dir: outboxDir(adapters.paths),
    smtp: () => account.login('smtp'),
    imap: () => account.login('imap'),
    dropbox: dropboxLocation,
    clock: adapters.clock,
    onChange: (event) => emit('outbox:changed', event),
    // R10.4: what the outbox cannot show on an entry (its file unreadable, a listener failing) reaches the log
    onProblem: (problem) => logger.error(problem),
  });
  const replication = createReplicationService({
    target: async () => {
      const cfg = await account.config();
      return cfg === undefined ? undefined : { replication: cfg.replication, email: cfg.email, imap: cfg.replication.enabled ? await account.login('imap') : undefined };
    },
    clock: adapters.clock,
    onStatus: (status) => emit('replication:status', status),
    ...options.replication,
  });
  const deepLinks = createDeepLinkInbox((url) => emit('app:deepLink', { url }));
  const system = createSystemService(adapters.system, logger, (state) => emit('update:state', state));
  const handlers: Handlers = {
    ...createHandlers({ adapters, logger, account, addresses, outbox, capture, authservCandidate, replication, deepLinks, discovery: options.discovery }),
    ...createSystemHandlers(system),
  };
  return {
    account,
    addresses,
    outbox,
    capture,
    authservCandidate,
    replication,
    system,
    handlers,
    deepLinks,
    bindEmit(next, nextChecked) {
      emit = next;
      emitChecked = nextChecked;
    },
    start() {
      outbox.start();
      replication.start();
      system.updates.start();
    },
    async stop() {
      system.updates.stop();
      await Promise.all([capture.stop(), outbox.stop(), replication.stop()]);
    },
  };
}

