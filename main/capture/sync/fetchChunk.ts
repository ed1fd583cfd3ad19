/**
 * The cheap fetch of one chunk of UIDs (DESIGN "Fetch cheaply"):
 *  1. one FETCH for UID, RFC822.SIZE, BODYSTRUCTURE, INTERNALDATE (no body byte);
 *  2. messages over the limit stop here (R3.5), with one more FETCH for their ENVELOPE;
 *  3. text-only messages: whole, in as few FETCHes as the byte bound allows;
 *  4. messages with attachments: header block + text parts + MIME headers, one FETCH per
 *     distinct set of sections, and a stand-in message rebuilt from them.
 * Every command is awaited with fetchAll before the next is sent: a command issued while a
 * `for await` fetch is still streaming deadlocks imapflow's queue.
 * Messages go to `deliver` group by group, so a chunk of large mails is never all in memory;
 * the FETCH of the next group is sent before a group is delivered, so they overlap.
 * With `maxBytes`, only the chunk's first UIDs whose bodies together stay within it are fetched
 * (always at least one message); the others are handed back, for the next chunk. A batch is
 * then bounded by bytes as well as by count: 200 messages of 20 MB would not fit in memory.
 * ENVELOPE is asked for only where it is read: a too-large message is rejected from it, and a
 * message whose understanding throws is rejected with what it says (`envelope()`, fetched
 * then). Every other message is understood from its own header, so parsing an ENVELOPE per
 * message was pure cost (imapflow's parse of it and its addresses, cold-mirror profile).
 */
import type { FetchMessageObject, ImapFlow, MessageEnvelopeObject } from 'imapflow';
import type { AttachmentMeta } from '../../../shared/domain/mail';
import { planBody, type BodyPlan } from './bodyPlan';
import { rebuildMime } from './rebuildMime';
import { toSequenceSet } from './uidSets';

/**
 * One FETCH answer stays around this size and count (a single larger message still comes
 * whole). Small groups let the next FETCH run on the server while this group is understood.
 */
const MAX_FETCH_BYTES = 2 * 1024 * 1024;
const MAX_FETCH_MESSAGES = 50;

export interface ChunkMessage {
  uid: number;
  size: number;
  internalDate?: Date;
  /** a too-large message's ENVELOPE, fetched with the metadata */
  envelope?: MessageEnvelopeObject;
  /** the ENVELOPE of any other message, fetched on demand; undefined when the server gives none */
  loadEnvelope?: () => Promise<MessageEnvelopeObject | undefined>;
  gmail?: { msgId: string; threadId: string };
  content:
    | { kind: 'too-large' }
    /** `attachments` set: `raw` is a stand-in without attachment bodies, these list them */
    | { kind: 'raw'; raw: Buffer; attachments?: AttachmentMeta[] };
}

export interface FetchChunkOptions {
  limit: number;
  /** the server has X-GM-EXT-1: ask for X-GM-THRID too */
  gmail: boolean;
  /** counts message bytes received (sources, headers, parts) */
  countBody(bytes: number): void;
  /** about how many message bytes to fetch for the chunk at most (see above); no bound without */
  maxBytes?: number;
}

/** What fetchChunk did not fetch: the chunk's UIDs from the first one over `maxBytes` on. */
export interface ChunkRest {
  rest: number[];
}

interface Planned {
  meta: FetchMessageObject;
  plan: BodyPlan;
}

function groupByBytes<T>(items: readonly T[], bytesOf: (item: T) => number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && (bytes + size > MAX_FETCH_BYTES || current.length >= MAX_FETCH_MESSAGES)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Message bytes a plan will fetch: the whole source, or the header, text parts and MIME headers. */
function plannedBytes(p: Planned): number {
  if (p.plan.kind === 'whole') return p.meta.size ?? 0;
  if (p.plan.kind === 'parts') return p.plan.estimatedBytes;
  return 0;
}

/**
 * The planned messages that fit in `maxBytes` taken in UID order (at least one), and the UIDs
 * left for later: every UID of the chunk from the first message that did not fit.
 */
function withinBudget(planned: Planned[], uids: readonly number[], maxBytes: number | undefined): { take: Planned[]; rest: number[] } {
  if (maxBytes === undefined) return { take: planned, rest: [] };
  const sorted = [...planned].sort((a, b) => a.meta.uid - b.meta.uid);
  let bytes = 0;
  for (const [index, p] of sorted.entries()) {
    bytes += plannedBytes(p);
    if (index > 0 && bytes > maxBytes) {
      const cut = p.meta.uid;
      return { take: sorted.slice(0, index), rest: uids.filter((uid) => uid >= cut) };
    }
  }
  return { take: planned, rest: [] };
}

/** One message's ENVELOPE, for a rejection that needs it; a failure to get it leaves it out. */
function envelopeLoader(client: ImapFlow, uid: number): () => Promise<MessageEnvelopeObject | undefined> {
  return async () => {
    try {
      const answer = await client.fetchOne(String(uid), { uid: true, envelope: true }, { uid: true });
      return answer === false ? undefined : answer.envelope;
    } catch {
      // handled: the rejection is recorded with what is known without it (its source and size)
      return undefined;
    }
  };
}

function describe(meta: FetchMessageObject, content: ChunkMessage['content'], client?: ImapFlow): ChunkMessage {
  const message: ChunkMessage = { uid: meta.uid, size: meta.size ?? 0, content };
  if (meta.internalDate instanceof Date) message.internalDate = meta.internalDate;
  if (meta.envelope !== undefined) message.envelope = meta.envelope;
  else if (client !== undefined) message.loadEnvelope = envelopeLoader(client, meta.uid);
  if (meta.emailId !== undefined && meta.threadId !== undefined) message.gmail = { msgId: meta.emailId, threadId: meta.threadId };
  return message;
}

/** One FETCH of bodies: what it yields, and the messages to fetch whole instead. */
type Job = () => Promise<{ messages: ChunkMessage[]; fallback: FetchMessageObject[] }>;

export async function fetchChunk(
  client: ImapFlow,
  uids: readonly number[],
  options: FetchChunkOptions,
  deliver: (messages: ChunkMessage[]) => Promise<void>,
): Promise<ChunkRest> {
  if (uids.length === 0) return { rest: [] };
  const metas = await client.fetchAll(
    toSequenceSet(uids),
    { uid: true, size: true, bodyStructure: true, internalDate: true, threadId: options.gmail },
    { uid: true },
  );
  // UIDs expunged since the listing simply do not answer; they are gone, nothing to capture.
  const { take: planned, rest } = withinBudget(
    metas.map((meta) => ({ meta, plan: planBody(meta.bodyStructure, meta.size ?? 0, options.limit) })),
    uids,
    options.maxBytes,
  );

  const tooLarge = planned.filter((p) => p.plan.kind === 'too-large');
  if (tooLarge.length > 0) {
    const envelopes = await client.fetchAll(toSequenceSet(tooLarge.map((p) => p.meta.uid)), { uid: true, envelope: true }, { uid: true });
    const byUid = new Map(envelopes.map((answer) => [answer.uid, answer.envelope]));
    await deliver(tooLarge.map((p) => describe({ ...p.meta, envelope: byUid.get(p.meta.uid) }, { kind: 'too-large' })));
  }

  const jobs: Job[] = [];
  const bySections = new Map<string, Planned[]>();
  for (const p of planned) {
    if (p.plan.kind !== 'parts') continue;
    const key = p.plan.sections.join(' ');
    bySections.set(key, [...(bySections.get(key) ?? []), p]);
  }
  for (const group of bySections.values()) {
    for (const batch of groupByBytes(group, (p) => (p.plan.kind === 'parts' ? p.plan.estimatedBytes : 0))) {
      jobs.push(() => fetchParts(client, batch, options));
    }
  }
  const wholeJobs = (metasToFetch: readonly FetchMessageObject[]): Job[] =>
    groupByBytes(metasToFetch, (m) => m.size ?? 0).map((batch) => async () => ({ messages: await fetchWhole(client, batch, options), fallback: [] }));
  jobs.push(...wholeJobs(planned.filter((p) => p.plan.kind === 'whole').map((p) => p.meta)));

  // One FETCH ahead: the server works on the next group while this one is understood. Never
  // more than one: imapflow runs commands one at a time anyway, and memory stays two groups.
  let next = 0;
  const startNext = (): ReturnType<Job> | undefined => {
    const job = jobs[next];
    next += 1;
    if (job === undefined) return undefined;
    const running = job();
    // handled: awaited below; until then a rejection must not count as unhandled.
    running.catch(() => undefined);
    return running;
  };
  let current = startNext();
  while (current !== undefined) {
    const { messages, fallback } = await current;
    if (fallback.length > 0) jobs.push(...wholeJobs(fallback));
    current = startNext();
    await deliver(messages);
  }
  return { rest };
}

async function fetchWhole(client: ImapFlow, metas: readonly FetchMessageObject[], options: FetchChunkOptions): Promise<ChunkMessage[]> {
  const answers = await client.fetchAll(toSequenceSet(metas.map((m) => m.uid)), { uid: true, source: true }, { uid: true });
  const sources = new Map<number, Buffer>();
  for (const answer of answers) {
    if (answer.source === undefined) continue;
    options.countBody(answer.source.length);
    sources.set(answer.uid, answer.source);
  }
  const out: ChunkMessage[] = [];
  for (const meta of metas) {
    const raw = sources.get(meta.uid);
    if (raw !== undefined) out.push(describe(meta, { kind: 'raw', raw }, client));
  }
  return out;
}

/** Stand-ins for the batch, and the messages whose sections did not all arrive (fetch whole). */
async function fetchParts(
  client: ImapFlow,
  batch: readonly Planned[],
  options: FetchChunkOptions,
): Promise<{ messages: ChunkMessage[]; fallback: FetchMessageObject[] }> {
  const first = batch[0];
  if (first === undefined || first.plan.kind !== 'parts') return { messages: [], fallback: [] };
  const answers = await client.fetchAll(
    toSequenceSet(batch.map((p) => p.meta.uid)),
    { uid: true, headers: true, bodyParts: first.plan.sections },
    { uid: true },
  );
  const byUid = new Map(answers.map((a) => [a.uid, a]));
  const out: ChunkMessage[] = [];
  const fallback: FetchMessageObject[] = [];
  for (const { meta, plan } of batch) {
    const answer = byUid.get(meta.uid);
    if (answer === undefined || plan.kind !== 'parts') continue; // expunged meanwhile
    const sections = new Map<string, Buffer>();
    for (const [key, value] of answer.bodyParts ?? []) sections.set(key.toLowerCase(), value);
    const header = answer.headers;
    options.countBody((header?.length ?? 0) + [...sections.values()].reduce((n, b) => n + b.length, 0));
    try {
      if (header === undefined || header.length === 0) throw new Error('no header block');
      out.push(describe(meta, { kind: 'raw', raw: rebuildMime(plan.root, header, sections), attachments: plan.attachments }, client));
    } catch {
      // handled: some servers drop a section they were asked for (imapflow notes Apache James does);
      // the message is under the limit, so the whole of it is the safe way to still capture it.
      fallback.push(meta);
    }
  }
  return { messages: out, fallback };
}
