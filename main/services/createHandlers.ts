/**
 * Wires every call of the IPC contract to the service that answers it. A refusal is a Failure
 * thrown by the service; the registry hands it to the renderer as it is.
 */
import type { AlternateAddresses } from '../addresses/alternateAddresses';
import type { CaptureService } from '../capture/runtime/captureService';
import type { Handlers } from '../ipc/registry';
import { discoverServers, type DiscoverDeps } from '../mail/autodiscover/discoverServers';
import { testImapConnection } from '../mail/imap/testImapConnection';
import { testSmtpConnection } from '../mail/smtp/testSmtpConnection';
import type { Outbox } from '../send/outbox';
import type { ReplicationService } from '../replication/replicationService';
import type { AccountSettings } from '../settings/accountSettings';
import type { AuthservCandidate } from '../settings/authservCandidate';
import type { NotificationFile } from '../notifications/notificationFile';
import type { MainWords } from '../../shared/ipc/calls/notifications';
import { failure } from '../../shared/failures/failure';
import type { Logger, ServiceAdapters } from '../platform/ports';
import { logCode, logId } from '../platform/log/logFields';
import type { SystemHandlers } from './systemHandlers';

export interface HandlerServices {
  adapters: ServiceAdapters;
  logger: Logger;
  account: AccountSettings;
  addresses: AlternateAddresses;
  outbox: Outbox;
  capture: CaptureService;
  authservCandidate: AuthservCandidate;
  replication: ReplicationService;
  deepLinks: { take(): string[] };
  /** autodiscovery's DNS and HTTPS; the real ones when not given */
  discovery?: Partial<DiscoverDeps>;
  notifications: NotificationFile;
  /** the shell re-labels its menu */
  onWords?: (words: MainWords) => void;
}

/** every call but the system ones (systemHandlers.ts), which mainServices adds */
export function createHandlers({
  adapters,
  logger,
  account,
  addresses,
  outbox,
  capture,
  replication,
  deepLinks,
  discovery,
  authservCandidate,
  notifications,
  onWords,
}: HandlerServices): Omit<Handlers, keyof SystemHandlers> {
  /** R3.3: mail goes out only from the account's address or a verified alternate */
  const checkOwnSender = async (from: string) => {
    const own = await addresses.ownAddresses();
    const a = from.toLowerCase();
    if (a === own.primary.toLowerCase() || own.verified.some((v) => v.toLowerCase() === a)) return;
    throw failure('not-own-address', 'Mail can be sent only from your own, confirmed addresses.');
  };

  return {
    'app:info': () => ({ name: 'Blindcopy', version: adapters.appVersion, transport: adapters.transport }),
    'app:takeDeepLinks': () => ({ urls: deepLinks.take() }),
    // the renderer's report of an error no view shows (renderer/src/api/reportError.ts); cut to length by the contract
    'app:reportError': (req) => {
      // the report's texts are the renderer's: only its code is a field, the rest is scrubbed as an error's message
      logger.error('renderer.error', { code: logCode(req.code) }, { name: 'RendererError', message: `${req.context}: ${req.message}` });
      return {};
    },
    'account:testImap': (req) => testImapConnection(req.server, { mailbox: req.mailbox, timeoutMs: req.timeoutMs }),
    'account:testSmtp': (req) => testSmtpConnection(req.server, { timeoutMs: req.timeoutMs }),
    'account:discover': (req) => discoverServers(req.email, discovery),
    'account:listFolders': async () => {
      // main's own copy of the password: it never goes back to the window, and the user is not asked again
      const login = await account.login('imap');
      if (!login) throw failure('not-configured', 'No IMAP login is saved.');
      return testImapConnection(login);
    },
    'account:get': () => account.view(),
    'account:save': async (req) => ({ account: await account.save(req.config, req.passwords) }),

    // R8.3: failures throw; replication:status says why and when the next attempt is
    'replication:uploadOps': (req) => replication.uploadOps(req.ops),
    'replication:uploadSnapshot': async (req) => (await replication.uploadSnapshot(req.parts), {}),
    'replication:compact': (req) => replication.compact(req),
    'replication:folderInfo': () => replication.folderInfo(),
    'replication:status': () => replication.status(),

    'capture:start': async (req) => {
      const result = await capture.start(new Map(req.checkpoints.map((c) => [c.sourceId, c.checkpoint])));
      if (result.started) logger.info('capture.started', { count: result.sources.length });
      else logger.info('capture.not-started', { code: logCode(result.reason) });
      return result;
    },
    'capture:ack': (req) => {
      capture.ack(req.batchId, req.checkpoint);
      return {};
    },
    'capture:nack': (req) => {
      // the store's words for why it refused: scrubbed as an error's message
      logger.warn('capture.nack', { id: logId(req.batchId) }, { name: 'StoreRefused', message: req.message });
      capture.nack(req.batchId, req.message);
      return {};
    },
    'capture:recapture': (req) => {
      capture.recapture(req.items);
      return {};
    },
    'capture:syncNow': () => {
      capture.syncNow();
      void outbox.flush();
      // R8.3 "Retry now" too: reconnect the sync folder at once instead of at the back-off's next probe
      replication.settingsChanged();
      return {};
    },
    'capture:authservCandidate': async () => {
      const authservId = await authservCandidate.get();
      return authservId === undefined ? {} : { authservId };
    },
    'capture:attachment': async (req) => ({
      contentBase64: (await capture.downloadAttachment(req.sourceId, req.uidValidity, req.uid, req.part)).toString('base64'),
    }),

    'addresses:list': () => addresses.list(),
    'addresses:add': (req) => addresses.add(req.address),
    'addresses:resend': (req) => addresses.resend(req.address),
    'addresses:remove': async (req) => (await addresses.remove(req.address), { removed: true as const }),
    'addresses:confirmCode': (req) => addresses.confirmCode(req.address, req.code),
    'addresses:confirmToken': (req) => addresses.confirmToken(req.token),

    'outbox:enqueue': async (req) => {
      await checkOwnSender(req.message.from.address);
      return outbox.enqueue(req.message);
    },
    'outbox:list': () => outbox.list(),
    'outbox:get': async (req) => ({ message: await outbox.get(req.id) }),
    'outbox:retry': (req) => outbox.retry(req.id),
    'outbox:edit': async (req) => {
      await checkOwnSender(req.message.from.address);
      return outbox.edit(req.id, req.message);
    },
    'outbox:remove': async (req) => (await outbox.remove(req.id), { removed: true as const }),

    'notifications:get': () => notifications.settings(),
    'notifications:save': (req) => notifications.saveSettings(req.settings),
    'app:setWords': async (req) => {
      await notifications.saveWords(req.words);
      onWords?.(req.words);
      return {};
    },
  };
}
