/** Wires every call of the IPC contract to the service that answers it. */
import { AlternateAddressError, type AlternateAddresses } from '../addresses/alternateAddresses';
import type { CaptureService } from '../capture/runtime/captureService';
import type { Handlers } from '../ipc/registry';
import { discoverServers } from '../mail/autodiscover/discoverServers';
import { InvalidEmailAddressError } from '../../shared/rules/email-address';
import { testImapConnection } from '../mail/imap/testImapConnection';
import { testSmtpConnection } from '../mail/smtp/testSmtpConnection';
import type { Outbox } from '../send/outbox';
import type { ReplicationService } from '../replication/replicationService';
import { OutboxError } from '../send/outboxQueue';
import type { AccountSettings } from '../settings/accountSettings';
import { KeychainUnavailableError, type ServiceAdapters } from '../platform/ports';

export interface HandlerServices {
  adapters: ServiceAdapters;
  account: AccountSettings;
  addresses: AlternateAddresses;
  outbox: Outbox;
  capture: CaptureService;
  replication: ReplicationService;
  deepLinks: { take(): string[] };
}

/** Known refusals become answers the UI can word; anything else stays an internal error. */
async function addressRefusal<T>(work: () => Promise<T>) {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AlternateAddressError) return { refused: err.code, message: err.message };
    throw err;
  }
}
async function outboxRefusal<T>(work: () => Promise<T>) {
  try {
    return await work();
  } catch (err) {
    if (err instanceof OutboxError) return { refused: err.code, message: err.message };
    throw err;
  }
}

export function createHandlers({ adapters, account, addresses, outbox, capture, replication, deepLinks }: HandlerServices): Handlers {
  /** R3.3: mail goes out only from the account's address or a verified alternate */
  const isOwnSender = async (from: string) => {
    const own = await addresses.ownAddresses();
    const a = from.toLowerCase();
    return a === own.primary.toLowerCase() || own.verified.some((v) => v.toLowerCase() === a);
  };

  return {
    'app:info': () => ({ name: 'Blindcopy', version: adapters.appVersion, transport: adapters.transport }),
    'app:takeDeepLinks': () => ({ urls: deepLinks.take() }),
    'account:testImap': (req) => testImapConnection(req.server, { mailbox: req.mailbox, timeoutMs: req.timeoutMs }),
    'account:testSmtp': (req) => testSmtpConnection(req.server, { timeoutMs: req.timeoutMs }),
    'account:discover': async (req) => {
      try {
        return await discoverServers(req.email);
      } catch (err) {
        if (err instanceof InvalidEmailAddressError) return { found: false, invalidEmail: err.message };
        throw err;
      }
    },
    'account:get': () => account.view(),
    'account:save': async (req) => {
      try {
        return { ok: true, account: await account.save(req.config, req.passwords) };
      } catch (err) {
        if (err instanceof KeychainUnavailableError) return { ok: false, code: 'keychain-unavailable', message: err.message };
        throw err;
      }
    },

    // R8.3: failures throw; replication:status says why and when the next attempt is
    'replication:uploadOps': (req) => replication.uploadOps(req.ops),
    'replication:uploadSnapshot': async (req) => (await replication.uploadSnapshot(req.parts), {}),
    'replication:compact': (req) => replication.compact(req),
    'replication:folderInfo': () => replication.folderInfo(),
    'replication:status': () => replication.status(),

    'capture:start': (req) => capture.start(new Map(req.checkpoints.map((c) => [c.sourceId, c.checkpoint]))),
    'capture:ack': (req) => {
      capture.ack(req.batchId, req.checkpoint);
      return {};
    },
    'capture:nack': (req) => {
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
      return {};
    },
    'capture:attachment': async (req) => ({
      contentBase64: (await capture.downloadAttachment(req.sourceId, req.uidValidity, req.uid, req.part)).toString('base64'),
    }),

    'addresses:list': () => addresses.list(),
    'addresses:add': (req) => addressRefusal(() => addresses.add(req.address)),
    'addresses:resend': (req) => addressRefusal(() => addresses.resend(req.address)),
    'addresses:remove': (req) => addressRefusal(async () => (await addresses.remove(req.address), { removed: true as const })),
    'addresses:confirmCode': (req) => addresses.confirmCode(req.address, req.code),
    'addresses:confirmToken': (req) => addresses.confirmToken(req.token),

    'outbox:enqueue': async (req) => {
      if (!(await isOwnSender(req.message.from.address))) {
        return { refused: 'not-own-address', message: 'Mail can be sent only from your own, confirmed addresses.' };
      }
      return outboxRefusal(() => outbox.enqueue(req.message));
    },
    'outbox:list': () => outbox.list(),
    'outbox:get': async (req) => ({ message: await outbox.get(req.id) }),
    'outbox:retry': (req) => outboxRefusal(() => outbox.retry(req.id)),
    'outbox:edit': async (req) => {
      if (!(await isOwnSender(req.message.from.address))) {
        return { refused: 'not-own-address', message: 'Mail can be sent only from your own, confirmed addresses.' };
      }
      return outboxRefusal(() => outbox.edit(req.id, req.message));
    },
    'outbox:remove': (req) => outboxRefusal(async () => (await outbox.remove(req.id), { removed: true as const })),
  };
}
