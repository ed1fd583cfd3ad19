/**
 * Messages between the benchmark and the child process that runs the app core (main's
 * services, the IPC registry and the WebSocket bridge the page talks to). The core runs in a
 * child of its own so its memory is main's alone, as in Electron; both sides parse what they
 * receive, as at any process boundary.
 */
import { z } from 'zod';
import { AccountConfigSchema } from '../../../shared/settings/accountConfig';

export const ToChildSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    config: AccountConfigSchema,
    passwords: z.object({ imap: z.string(), smtp: z.string(), dropbox: z.string() }),
  }),
  z.object({ type: z.literal('stats') }),
  /** one IPC call into the core, as the page would make it (e.g. `replication:uploadSnapshot`) */
  z.object({ type: z.literal('call'), name: z.string(), request: z.unknown() }),
  z.object({ type: z.literal('stop') }),
]);
export type ToChild = z.infer<typeof ToChildSchema>;

const MemorySchema = z.object({
  /** peak resident set (VmHWM), kB */
  peakRssKb: z.number(),
  /** resident set now (VmRSS), kB */
  rssKb: z.number(),
  /** the largest value of each part of process.memoryUsage() seen (sampled every 50 ms), bytes */
  peaks: z.object({ heapTotal: z.number(), heapUsed: z.number(), external: z.number(), arrayBuffers: z.number() }),
  /** RSS when the core was ready, before any capture, kB */
  startupRssKb: z.number(),
});
export type ChildMemory = z.infer<typeof MemorySchema>;

const SourceStatsSchema = z.object({
  batches: z.number(),
  captured: z.number(),
  rejected: z.number(),
  bytesReceived: z.number(),
  bodyBytes: z.number(),
  connectAttempts: z.number(),
  reconnects: z.number(),
  state: z.string(),
});
export type ChildSourceStats = z.infer<typeof SourceStatsSchema>;

/** Times are epoch milliseconds with sub-millisecond precision (timeOrigin + now), comparable across processes. */
export const FromChildSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string(), pid: z.number() }),
  z.object({ type: z.literal('captureStarted'), at: z.number() }),
  z.object({
    type: z.literal('emitted'),
    at: z.number(),
    batchId: z.string(),
    messageIds: z.array(z.string()),
    rejected: z.number(),
    /** a batch of the sync folder (R8.3): the ids of the operations and the snapshot parts (`<id>#<part>`) it carries */
    opIds: z.array(z.string()).optional(),
    snapshotParts: z.array(z.string()).optional(),
  }),
  z.object({ type: z.literal('committed'), at: z.number(), batchId: z.string() }),
  z.object({ type: z.literal('progress'), state: z.string() }),
  /** the page handed main a batch of its operations to append to the sync folder (R8.3): when main got it and when it answered */
  z.object({ type: z.literal('uploaded'), receivedAt: z.number(), answeredAt: z.number(), ok: z.boolean(), opIds: z.array(z.string()) }),
  z.object({ type: z.literal('answer'), name: z.string(), ok: z.boolean(), error: z.string().optional() }),
  z.object({ type: z.literal('stats'), sources: z.record(z.string(), SourceStatsSchema), memory: MemorySchema }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type FromChild = z.infer<typeof FromChildSchema>;

/** A wall-clock time both processes read alike, finer than Date.now(). */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}
