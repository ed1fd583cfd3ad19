/**
 * Messages between a test and the child process that runs one app instance's core (main's real
 * services, the IPC registry and the app server with the WebSocket bridge). The core has a
 * process of its own so a test can SIGKILL it as the OS would kill the app; both sides parse
 * what they receive, as at any process boundary.
 */
import { z } from 'zod';
import { AccountConfigSchema } from '../../../../shared/settings/accountConfig';

/** The subset of MainServiceOptions a child takes: plain data only (functions cannot cross). */
export const DeviceServicesSchema = z.object({
  captureEngine: z
    .object({
      chunkSize: z.number().int().positive().optional(),
      pollIntervalMs: z.number().positive().optional(),
      retry: z.object({ baseMs: z.number().nonnegative().optional(), maxMs: z.number().nonnegative().optional() }).optional(),
    })
    .optional(),
});
export type DeviceServices = z.infer<typeof DeviceServicesSchema>;

export const ToDeviceCoreSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    /** the instance's settings folder (account file, outbox, secrets): kept across restarts */
    userData: z.string(),
    /** the app server's port: the page's origin, and so its IndexedDB, must not change at a restart */
    port: z.number().int().positive(),
    /** first start only: the account saved through the real handlers, as the first run would */
    seed: z.object({ config: AccountConfigSchema, passwords: z.object({ imap: z.string(), smtp: z.string(), dropbox: z.string() }) }).optional(),
    services: DeviceServicesSchema,
  }),
  /**
   * From now on, a call of that name waits in the core, before its handler runs or after it ran
   * but before its answer leaves, until `release` (a crash at a chosen point: kill while held).
   */
  z.object({
    type: z.literal('hold'),
    name: z.string(),
    when: z.enum(['before', 'after']),
    /** capture:ack only: hold just the acks of batches from sources of this kind (a device's own sync-folder batches come and go all the time) */
    sourceKind: z.enum(['dropbox', 'sync', 'replica']).optional(),
  }),
  /** lets every held call go on and holds no more */
  z.object({ type: z.literal('release') }),
  z.object({ type: z.literal('stop') }),
]);
export type ToDeviceCore = z.infer<typeof ToDeviceCoreSchema>;

export const FromDeviceCoreSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string(), origin: z.string(), pid: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
  /** an IPC call from the page: received, held (see 'hold'), answered (ok: the handler succeeded) */
  z.object({ type: z.literal('call'), name: z.string(), phase: z.enum(['received', 'held', 'answered']), ok: z.boolean().optional() }),
  /** the answer to 'hold' and 'release': in effect from now on */
  z.object({ type: z.literal('holding'), names: z.array(z.string()) }),
]);
export type CallPhase = 'received' | 'held' | 'answered';
export type FromDeviceCore = z.infer<typeof FromDeviceCoreSchema>;
