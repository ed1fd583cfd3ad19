/**
 * The one IPC contract: every call (renderer → main) and every event (main → renderer), each
 * with its zod schemas. Transport-agnostic: Electron IPC in the app, a WebSocket in tests and
 * the demo. Add a call here first; main's registry then refuses to start without a handler.
 */
import { z } from 'zod';
import { ServerLoginSchema } from '../settings/account';
import { AccountConfigSchema, AccountViewSchema } from '../settings/accountConfig';
import { ConnectionTestResultSchema } from './connection';
import { DiscoveryResultSchema } from './discovery';
import { addressCalls, addressEvents } from './calls/addresses';
import { captureCalls, captureEvents } from './calls/capture';
import { notificationCalls, notificationEvents } from './calls/notifications';
import { outboxCalls, outboxEvents } from './calls/outbox';
import { replicationCalls, replicationEvents } from './calls/replication';
import { systemCalls, systemEvents } from './calls/system';
import type { IpcResult } from './errors';

/** How long the parts of a renderer's error report may be (app:reportError): it goes to a log. */
export const REPORT_LIMITS = { context: 100, code: 60, message: 500 } as const;

export const ipcCalls = {
  /** Who is answering: used by the shell to show the version and by tests as a ping. */
  'app:info': {
    request: z.object({}).strict(),
    response: z.object({
      name: z.literal('Blindcopy'),
      version: z.string(),
      transport: z.enum(['electron', 'websocket']),
    }),
  },
  /**
   * blindcopy:// links main received and holds until a window takes them: a link that started
   * the app arrives before any page listens, so the page asks (at start and on app:deepLink).
   */
  'app:takeDeepLinks': {
    request: z.object({}).strict(),
    response: z.object({ urls: z.array(z.string().max(4096)) }),
  },
  /**
   * An error in the renderer that no view shows (renderer/src/api/reportError.ts), for main's log:
   * where, its code and its message, each cut to a length (REPORT_LIMITS).
   */
  'app:reportError': {
    request: z
      .object({
        context: z.string().max(REPORT_LIMITS.context),
        code: z.string().max(REPORT_LIMITS.code),
        message: z.string().max(REPORT_LIMITS.message),
      })
      .strict(),
    response: z.object({}).strict(),
  },
  /** Try an IMAP login (and optionally open the drop-box folder) without saving anything. */
  'account:testImap': {
    request: z
      .object({
        server: ServerLoginSchema,
        mailbox: z.string().min(1).max(1000).optional(),
        timeoutMs: z.number().int().min(500).max(120_000).optional(),
      })
      .strict(),
    response: ConnectionTestResultSchema,
  },
  /** Try an SMTP login (submission) without sending anything. */
  'account:testSmtp': {
    request: z
      .object({ server: ServerLoginSchema, timeoutMs: z.number().int().min(500).max(120_000).optional() })
      .strict(),
    response: ConnectionTestResultSchema,
  },
  /** Find IMAP and SMTP servers for an address (RFC 6186 SRV, then autoconfig XML); a malformed address is refused ('invalid-email'). */
  'account:discover': {
    request: z.object({ email: z.string().max(320) }).strict(),
    response: DiscoveryResultSchema,
  },
  /**
   * The saved account's IMAP folders (R7.1), listed with the password in the keychain: choosing
   * folders never asks for it again. Refused with 'not-configured' when no account or no IMAP
   * password is saved; a connection that fails answers like a connection test.
   */
  'account:listFolders': {
    request: z.object({}).strict(),
    response: ConnectionTestResultSchema,
  },
  /** The account's settings, with which passwords are stored (never the passwords). */
  'account:get': {
    request: z.object({}).strict(),
    response: AccountViewSchema,
  },
  /**
   * Save the account's settings; passwords given here go to the system keychain. Refused with
   * 'keychain-unavailable' when the keychain is missing or refused (R8.2): then nothing was saved.
   */
  'account:save': {
    request: z
      .object({
        config: AccountConfigSchema,
        passwords: z
          .object({ imap: z.string().max(4096), smtp: z.string().max(4096), dropbox: z.string().max(4096) })
          .partial()
          .strict(),
      })
      .strict(),
    response: z.object({ account: AccountViewSchema }),
  },
  ...captureCalls,
  ...addressCalls,
  ...outboxCalls,
  ...replicationCalls,
  ...systemCalls,
  ...notificationCalls,
} as const;

export const ipcEvents = {
  /** A blindcopy:// link was opened (e.g. an address confirmation link, R6.2): take it with app:takeDeepLinks. */
  'app:deepLink': z.object({ url: z.string().max(4096) }),
  ...captureEvents,
  ...addressEvents,
  ...outboxEvents,
  ...replicationEvents,
  ...systemEvents,
  ...notificationEvents,
} as const;

export type IpcCalls = typeof ipcCalls;
export type IpcCallName = keyof IpcCalls;
export type IpcRequest<N extends IpcCallName> = z.input<IpcCalls[N]['request']>;
export type IpcResponse<N extends IpcCallName> = z.output<IpcCalls[N]['response']>;

export type IpcEvents = typeof ipcEvents;
export type IpcEventName = keyof IpcEvents;
export type IpcEventPayload<E extends IpcEventName> = z.output<IpcEvents[E]>;

export function isIpcCallName(name: unknown): name is IpcCallName {
  return typeof name === 'string' && Object.hasOwn(ipcCalls, name);
}

/**
 * What the preload exposes as `window.blindcopy` (and the WebSocket bridge imitates): answers
 * come as IpcResult envelopes, because Error objects lose their fields across contextBridge.
 */
export interface BlindcopyBridge {
  invoke<N extends IpcCallName>(name: N, request: IpcRequest<N>): Promise<IpcResult<IpcResponse<N>>>;
  on<E extends IpcEventName>(event: E, handler: (payload: IpcEventPayload<E>) => void): () => void;
}

/** What renderer code uses: the envelope unwrapped, refusals thrown as `Failure` (shared/failures). */
export interface BlindcopyApi {
  invoke<N extends IpcCallName>(name: N, request: IpcRequest<N>): Promise<IpcResponse<N>>;
  on<E extends IpcEventName>(event: E, handler: (payload: IpcEventPayload<E>) => void): () => void;
}
