/**
 * One catch-up on the fetch connection: list the UIDs past the checkpoint, then chunk by chunk
 * fetch cheaply, understand, and commit.
 *
 * Pipelined, one batch deep: while the store commits batch N, chunk N+1 is fetched and
 * understood. Never more than one batch in flight, and batches go out strictly in order. A
 * batch is BUILT only after the previous one was acknowledged, because what it says (reset, and
 * which expunges it carries) depends on the checkpoint the store answered with. When a commit
 * fails (or the engine stops), the chunk fetched ahead is dropped: the session ends with the
 * commit's error, and the next one fetches it again from the checkpoint the store holds, so
 * nothing is lost and nothing is sent twice.
 *
 * Chunks are bounded by count (`chunkSize`) and by message bytes (`batchBytes`): a chunk that
 * would fetch more is cut, and the next chunks are made smaller until messages are small again.
 */
import type { ImapFlow } from 'imapflow';
import type { Understood } from '../understand';
import { commitBatch, type ChunkResult } from './commitBatch';
import { fetchChunk, type ChunkRest } from './fetchChunk';
import { fetchReplicaChunk } from './fetchReplicaChunk';
import type { SourceContext } from './sourceContext';
import { understandChunk } from './understandChunk';
import { chunksOf } from './uidSets';

/** What a session knows about the mailbox it has selected. */
export interface MailboxState {
  uidValidity: number;
  /** HIGHESTMODSEQ as of the SELECT; see syncSession for why it only moves on a new SELECT */
  highestModseq: string | undefined;
  /** expunged UIDs learnt from VANISHED or the UID comparison, not yet committed */
  pendingExpunged: Set<number>;
  /** an expunge came without a UID (no QRESYNC): compare UID lists before the next batch */
  needUidCompare: boolean;
  /** the server is Gmail (X-GM-EXT-1): ask for X-GM-MSGID / X-GM-THRID */
  gmail: boolean;
}

async function searchUids(client: ImapFlow, query: Parameters<ImapFlow['search']>[0]): Promise<number[]> {
  const found = await client.search(query, { uid: true });
  return Array.isArray(found) ? found : [];
}

/**
 * Without QRESYNC an expunge comes as a sequence number, or not at all while we were away: the
 * UIDs the store holds are compared with those the server still has. What the store holds comes
 * from the store (`knownUids`), else from what this process committed or last compared; the
 * first comparison of a process without either can only remember, not report.
 */
async function compareUidLists(ctx: SourceContext, client: ImapFlow, mailbox: MailboxState, upTo: number): Promise<void> {
  if (upTo === 0) return;
  const present = new Set(await searchUids(client, { uid: `1:${upTo}` }));
  const fromStore = ctx.deps.knownUids === undefined ? undefined : await ctx.deps.knownUids(ctx.source.id, mailbox.uidValidity);
  const known = fromStore ?? (ctx.seen?.uidValidity === mailbox.uidValidity ? [...ctx.seen.uids] : []);
  for (const uid of known) if (uid <= upTo && !present.has(uid)) mailbox.pendingExpunged.add(uid);
  ctx.seen = { uidValidity: mailbox.uidValidity, uids: present };
}

/** R3.8: whether accepted messages of this source and mailbox wait to be fetched again */
function recaptureWaiting(ctx: SourceContext, mailbox: MailboxState): boolean {
  const committed = ctx.committed;
  if (ctx.source.kind === 'replica' || ctx.deps.recapture === undefined || committed?.uidValidity !== mailbox.uidValidity) return false;
  return ctx.deps.recapture.uids(ctx.source.id, mailbox.uidValidity).some((uid) => uid <= committed.lastUid);
}

/**
 * R3.8: messages the user accepted from the Rejected list are fetched again and understood with
 * `accepted`, then committed without moving the checkpoint (they are below it already).
 */
async function recaptureAccepted(ctx: SourceContext, client: ImapFlow, mailbox: MailboxState): Promise<void> {
  const queue = ctx.deps.recapture;
  const committed = ctx.committed;
  // R8.3: nothing of the sync folder is ever rejected, so nothing of it is accepted again.
  if (ctx.source.kind === 'replica') return;
  if (queue === undefined || committed === undefined || committed.uidValidity !== mailbox.uidValidity) return;
  const wanted = queue.uids(ctx.source.id, mailbox.uidValidity).filter((uid) => uid <= committed.lastUid);
  for (const chunk of chunksOf([...wanted].sort((a, b) => a - b), ctx.deps.chunkSize)) {
    const results: Understood[] = [];
    const source = { sourceId: ctx.source.id, sourceKind: ctx.source.kind, uidValidity: mailbox.uidValidity };
    const base = ctx.deps.understandBase();
    await fetchChunk(
      client,
      chunk,
      { limit: ctx.deps.maxMessageBytes, gmail: mailbox.gmail, countBody: (bytes) => (ctx.stats.bodyBytes += bytes) },
      async (messages) => {
        results.push(...(await understandChunk(messages, source, base, ctx.deps.clock, ctx.deps.understand, true)));
      },
    );
    await commitBatch(ctx, {
      uidValidity: mailbox.uidValidity,
      lastUid: committed.lastUid,
      highestModseq: mailbox.highestModseq,
      results,
      pendingExpunged: mailbox.pendingExpunged,
    });
    queue.done(ctx.source.id, chunk);
  }
}

/** Fetches one chunk (at most `batchBytes` of it) and understands it; `rest` was not fetched. */
async function fetchAndUnderstand(ctx: SourceContext, client: ImapFlow, mailbox: MailboxState, chunk: readonly number[], signal: AbortSignal): Promise<ChunkRest & { results: ChunkResult[] }> {
  if (ctx.source.kind === 'replica') {
    // R8.3: the sync folder holds our own small messages: fetched whole and decoded, not understood.
    const { messages, rest } = await fetchReplicaChunk(client, chunk, { countBody: (bytes) => (ctx.stats.bodyBytes += bytes), maxBytes: ctx.deps.batchBytes }, signal);
    return { results: messages.map((message) => ({ kind: 'replicated', message })), rest };
  }
  const results: Understood[] = [];
  const source = { sourceId: ctx.source.id, sourceKind: ctx.source.kind, uidValidity: mailbox.uidValidity };
  const base = ctx.deps.understandBase();
  const { rest } = await fetchChunk(
    client,
    chunk,
    { limit: ctx.deps.maxMessageBytes, gmail: mailbox.gmail, countBody: (bytes) => (ctx.stats.bodyBytes += bytes), maxBytes: ctx.deps.batchBytes },
    async (messages) => {
      signal.throwIfAborted();
      results.push(...(await understandChunk(messages, source, base, ctx.deps.clock, ctx.deps.understand, false, signal)));
    },
  );
  return { results, rest };
}

export async function catchUp(ctx: SourceContext, client: ImapFlow, mailbox: MailboxState): Promise<void> {
  const committed = ctx.committed;
  const fresh = committed === undefined || committed.uidValidity !== mailbox.uidValidity;
  const fromUid = fresh ? 0 : committed.lastUid;

  if (!fresh && mailbox.needUidCompare) {
    mailbox.needUidCompare = false;
    await compareUidLists(ctx, client, mailbox, fromUid);
  }

  // R7.2: the first sync of a source with `since` takes only the recent range; every older UID
  // counts as handled, so later syncs never go back for them. A folder with a new UIDVALIDITY is
  // synced like a first time: its history was not wanted before either.
  let floor = fromUid;
  let uids: number[];
  const since = ctx.source.since;
  if (fresh && since !== undefined) {
    floor = (await searchUids(client, { all: true })).reduce((max, uid) => Math.max(max, uid), 0);
    uids = await searchUids(client, { since: new Date(since) });
  } else {
    // "n:*" always matches the highest UID even when it is below n, hence the filter.
    uids = await searchUids(client, { uid: `${fromUid + 1}:*` });
  }
  uids = uids.filter((uid) => uid > fromUid).sort((a, b) => a - b);

  const total = uids.length;
  let done = 0;
  if (total > 0) ctx.progress({ state: 'syncing', done, total });
  /** the batch in flight: its commit, then its progress report */
  let inFlight: Promise<void> | undefined;
  let next = 0;
  let window = ctx.deps.chunkSize;
  while (next < uids.length) {
    // R3.8: mail the user accepted meanwhile comes in between two chunks, not after a long
    // catch-up (a cold mirror of a large folder) has ended. Nothing is fetched at this point; the
    // batch in flight is answered first, so there is still one batch in flight at most.
    if (recaptureWaiting(ctx, mailbox)) {
      if (inFlight !== undefined) await inFlight;
      inFlight = undefined;
      await recaptureAccepted(ctx, client, mailbox);
    }
    const chunk = uids.slice(next, next + window);
    const ahead = new AbortController();
    const fetched = fetchAndUnderstand(ctx, client, mailbox, chunk, AbortSignal.any([ahead.signal, ctx.stopSignal]));
    // handled: awaited below; until then (or if the commit fails first) a rejection is not unhandled.
    fetched.catch(() => undefined);
    if (inFlight !== undefined) {
      try {
        await inFlight;
      } catch (err) {
        // What was fetched ahead is dropped; let it stop before the session ends.
        ahead.abort();
        // handled: the commit's error is the one rethrown; what was fetched ahead is dropped
        await fetched.catch(() => undefined);
        throw err;
      }
    }
    const { results, rest } = await fetched;
    const handled = chunk.slice(0, chunk.length - rest.length);
    next += handled.length;
    // Cut by bytes: go on with chunks about the size that fitted, growing back when they fit.
    window = rest.length > 0 ? Math.max(1, handled.length) : Math.min(ctx.deps.chunkSize, window * 2);
    // Built now, after the previous answer: commitBatch reads the checkpoint it left.
    const commit = commitBatch(ctx, {
      uidValidity: mailbox.uidValidity,
      lastUid: Math.max(...handled),
      highestModseq: mailbox.highestModseq,
      results,
      pendingExpunged: mailbox.pendingExpunged,
    });
    inFlight = commit.then(() => {
      done += handled.length;
      ctx.progress({ state: 'syncing', done, total });
    });
    // handled: awaited below (or by the next chunk); this only keeps the rejection from counting as unhandled
    inFlight.catch(() => undefined);
  }
  if (inFlight !== undefined) await inFlight;

  await recaptureAccepted(ctx, client, mailbox);

  // A batch without messages still goes out when the store must learn something: the first
  // checkpoint of a mailbox (or of a new UIDVALIDITY), a floor moved by `since`, expunges, or a
  // newer HIGHESTMODSEQ.
  const now = ctx.committed;
  const sameMailbox = now !== undefined && now.uidValidity === mailbox.uidValidity;
  const lastUid = Math.max(sameMailbox ? now.lastUid : 0, floor);
  const expungesDue = [...mailbox.pendingExpunged].some((uid) => uid <= lastUid);
  if (!sameMailbox || lastUid > now.lastUid || expungesDue || (mailbox.highestModseq !== undefined && mailbox.highestModseq !== now.highestModseq)) {
    await commitBatch(ctx, { uidValidity: mailbox.uidValidity, lastUid, highestModseq: mailbox.highestModseq, results: [], pendingExpunged: mailbox.pendingExpunged });
  }
  // What is left can only be UIDs we never committed, so nothing the store needs to forget.
  for (const uid of mailbox.pendingExpunged) if (uid > lastUid) mailbox.pendingExpunged.delete(uid);
}
