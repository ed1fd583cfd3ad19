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
import { createDesktopNotices, type DesktopNotices } from '../notifications/desktopNotices';
import { createNotificationFile, type NotificationFile } from '../notifications/notificationFile';
import { diagnosticsText, type DiagnosticsVersions } from '../diagnostics/diagnosticsText';
import { logCode, logId } from '../platform/log/logFields';
import { releaseBytes } from '../platform/releaseBytes';
import type { MainWords } from '../../shared/ipc/calls/notifications';
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
  notifications: NotificationFile;
  notices: DesktopNotices;
  /** the text of Help → Copy diagnostics (diagnostics/diagnosticsText.ts) */
  diagnostics(input: { versions: DiagnosticsVersions; recentProblems: readonly string[] }): Promise<string>;
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
  /** the renderer handed over new words (its language changed): the shell re-labels its menu */
  onWords?: (words: MainWords) => void;
  /** how long rejected mail is gathered into one notification (tests) */
  noticeCoalesceMs?: number;
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
  const notifications = createNotificationFile(adapters.paths, adapters.clock, logger);
  const notices = createDesktopNotices({
    port: adapters.notifications,
    file: notifications,
    open: (place) => emit('app:open', { place }),
    logger,
    coalesceMs: options.noticeCoalesceMs,
  });
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
    onProblem: (problem) => logger.error('settings.authserv-candidate-failed', undefined, problem),
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
        (err: unknown) => logger.error('settings.authserv-candidate-failed', undefined, err),
      );
    },
    ownAddresses: async () => ((await account.config()) ? addresses.ownAddresses() : undefined),
    // checked on arrival from the capture worker (engineProxy.ts): not again on the way out. The
    // batch's body is passed on unread (DESIGN 4): main knows it by its header.
    sendBatch: (batch) => {
      // counts and the source's kind only: a sync source's id names a folder of the user's
      logger.info('capture.batch', { kind: logCode(batch.sourceKind), count: batch.counts.captured, count2: batch.counts.rejected });
      notices.rejected(batch.rejected);
      emitChecked('capture:batch', batch);
      // every transport has copied the body by now (registry.onEvent): its memory goes back at once
      releaseBytes(batch.body);
    },
    onProgress: (progress) => {
      logProgress(progress);
      notices.sourceProgress(progress);
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
    onProblem: (problem) => logger.error('addresses.problem', undefined, problem),
  });
  const outbox = createOutbox({
    dir: outboxDir(adapters.paths),
    smtp: () => account.login('smtp'),
    imap: () => account.login('imap'),
    dropbox: dropboxLocation,
    clock: adapters.clock,
    onChange: (event) => {
      if (event.kind === 'changed') {
        const { entry } = event;
        const fields = { id: logId(entry.id), kind: logCode(entry.state), attempt: entry.attempts, ...(entry.lastError ? { code: entry.lastError.code } : {}) };
        if (entry.state === 'failed-permanent') logger.warn('outbox.changed', fields);
        else logger.info('outbox.changed', fields);
      }
      notices.outboxChanged(event);
      emit('outbox:changed', event);
    },
    // its words may quote a file or a server: scrubbed as an error's message
    onProblem: (problem) => logger.error('outbox.problem', undefined, problem),
  });
  const replication = createReplicationService({
    target: async () => {
      const cfg = await account.config();
      return cfg === undefined ? undefined : { replication: cfg.replication, email: cfg.email, imap: cfg.replication.enabled ? await account.login('imap') : undefined };
    },
    clock: adapters.clock,
    onStatus: (status) => {
      if (status.state === 'offline' || status.state === 'error') logger.warn('replication.status', { kind: logCode(status.state), code: logCode(status.reason ?? 'unknown') });
      emit('replication:status', status);
    },
    ...options.replication,
  });
  const deepLinks = createDeepLinkInbox((url) => emit('app:deepLink', { url }));
  const system = createSystemService(adapters.system, logger, (state) => emit('update:state', state));
  const handlers: Handlers = {
    ...createHandlers({ adapters, logger, account, addresses, outbox, capture, authservCandidate, replication, deepLinks, discovery: options.discovery, notifications, onWords: options.onWords }),
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
    notifications,
    notices,
    async diagnostics({ versions, recentProblems }) {
      const [view, notificationSettings] = await Promise.all([
        account.view().catch((err: unknown) => {
          // reported, and the diagnostics say the settings could not be read (account: not set up)
          logger.error('diagnostics.failed', { code: 'internal' }, err);
          return undefined;
        }),
        notifications.settings(),
      ]);
      return diagnosticsText({ now: adapters.clock.now(), versions, account: view, notifications: notificationSettings, recentProblems });
    },
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
      notices.stop();
      await Promise.all([capture.stop(), outbox.stop(), replication.stop()]);
    },
  };
}

