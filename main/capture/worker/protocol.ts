/**
 * What crosses between main (engineProxy.ts) and the capture worker (engineWorker.ts), as zod
 * schemas: each side validates everything it receives, as at every other boundary of the app.
 * Only plain data crosses. What the engine takes as functions stays in main and is asked for
 * by message: the store's commit (batches out, checkpoints back), the recapture queue. DNS is
 * answered in the worker itself (node:dns works in a thread): no round trip per lookup.
 * Each message is validated once, where it arrives (engineProxy.ts, engineWorker.ts), and not
 * again inside the process that received it; request/answer pairs (commit, download) are
 * matched by main/platform/pendingRequests.ts.
 * Logins carry passwords: nothing here is ever logged, and errors name fields, not values.
 */
import { z } from 'zod';
import { CheckpointSchema, SealedCaptureBatchSchema, SourceProgressSchema } from '../../../shared/domain/capture';
import { SourceKindSchema } from '../../../shared/domain/mail';
import { ServerLoginSchema } from '../../../shared/settings/account';

const int = z.number().int();

const CaptureSourceSchema = z.object({
  id: z.string().min(1),
  kind: SourceKindSchema,
  server: ServerLoginSchema,
  mailbox: z.string(),
  since: z.number().optional(),
});

/** The plain-data part of UnderstandBase (the worker has its own resolver, see WorkerDnsSchema). */
const UnderstandBaseDataSchema = z.object({
  own: z.object({ primary: z.string(), verified: z.array(z.string()), pending: z.array(z.string()) }),
  dropBox: z.object({ addresses: z.array(z.string()), delimiter: z.string().optional() }),
  authservId: z.string().optional(),
});
export type UnderstandBaseData = z.infer<typeof UnderstandBaseDataSchema>;

const EngineTuningSchema = z.object({
  chunkSize: int.positive().optional(),
  batchBytes: int.positive().optional(),
  maxMessageBytes: int.positive().optional(),
  pollIntervalMs: z.number().positive().optional(),
  stepTimeoutMs: z.number().positive().optional(),
  qresync: z.boolean().optional(),
  retry: z.object({ baseMs: z.number().nonnegative().optional(), maxMs: z.number().nonnegative().optional() }).optional(),
});
export type EngineTuning = z.infer<typeof EngineTuningSchema>;

/**
 * How the worker resolves DNS (DKIM, SPF, DMARC for mailauth): 'system' is node:dns, as main
 * resolved it before; 'offline' answers ENOTFOUND to every name, for runs that must not touch
 * the network (tests, benchmarks).
 */
const WorkerDnsSchema = z.enum(['system', 'offline']);
export type WorkerDns = z.infer<typeof WorkerDnsSchema>;

/** One message of one source, as "sourceId uidValidity uid" (see messageKey). */
const MessageKeySchema = z.string().min(1);

const RecaptureItemSchema = z.object({ sourceId: z.string(), uidValidity: int, uid: int });
export type RecaptureItem = z.infer<typeof RecaptureItemSchema>;

export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    sources: z.array(CaptureSourceSchema),
    checkpoints: z.array(z.tuple([z.string(), CheckpointSchema])),
    base: UnderstandBaseDataSchema,
    tuning: EngineTuningSchema,
    dns: WorkerDnsSchema,
    /** send the engine's counters ('stats') as they change: only tests and benchmarks read them */
    reportStats: z.boolean(),
    recapture: z.array(RecaptureItemSchema),
    /** in flight when a worker died: understood one at a time, with nothing beside them */
    suspects: z.array(MessageKeySchema),
    /** in flight alone when a worker died: rejected as unparseable without being understood */
    quarantined: z.array(MessageKeySchema),
  }),
  z.object({ type: z.literal('committed'), id: int, checkpoint: CheckpointSchema }),
  z.object({ type: z.literal('commit-failed'), id: int, message: z.string() }),
  z.object({ type: z.literal('context'), base: UnderstandBaseDataSchema }),
  z.object({ type: z.literal('sync-now'), sourceId: z.string(), recapture: z.array(RecaptureItemSchema) }),
  z.object({ type: z.literal('download'), id: int, sourceId: z.string(), uidValidity: int, uid: int, part: z.string() }),
  z.object({ type: z.literal('stop') }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const SourceStatsSchema = z.object({
  connectAttempts: int,
  reconnects: int,
  batches: int,
  captured: int,
  rejected: int,
  expunged: int,
  bytesReceived: z.number(),
  bodyBytes: z.number(),
  attachmentBytes: z.number(),
  state: SourceProgressSchema.shape.state,
  reason: z.string().optional(),
});

export const FromWorkerSchema = z.discriminatedUnion('type', [
  /** the worker's code is loaded and the engine started */
  z.object({ type: z.literal('ready') }),
  /** the worker's event loop turns: main's hang watch (engineProxy.ts) */
  z.object({ type: z.literal('heartbeat') }),
  /** a batch for the store, serialized (sealBatch.ts): main checks its header and its size, never its body */
  z.object({ type: z.literal('commit'), id: int, batch: SealedCaptureBatchSchema }),
  z.object({ type: z.literal('progress'), progress: SourceProgressSchema }),
  z.object({ type: z.literal('stats'), stats: z.record(z.string(), SourceStatsSchema) }),
  z.object({ type: z.literal('recaptured'), sourceId: z.string(), uids: z.array(int) }),
  z.object({ type: z.literal('understanding'), key: MessageKeySchema }),
  z.object({ type: z.literal('understood'), key: MessageKeySchema }),
  z.object({ type: z.literal('downloaded'), id: int, content: z.instanceof(Uint8Array) }),
  z.object({ type: z.literal('download-failed'), id: int, name: z.string(), message: z.string(), code: z.string().optional() }),
  /** the engine stopped: every connection closed */
  z.object({ type: z.literal('stopped') }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

export function messageKey(sourceId: string, uidValidity: number, uid: number): string {
  return `${sourceId} ${uidValidity} ${uid}`;
}

/** The first issue's path, never its value (values may be passwords or mail). */
export function issueLabel(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? '?' : `${issue.path.join('.') || '(root)'}: ${issue.code}`;
}
