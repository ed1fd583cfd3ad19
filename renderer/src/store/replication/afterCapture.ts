/**
 * R8.3 what a capture batch adds to replication, in the batch's transaction: the operations of
 * its own decisions (persons made from addresses, automatic links), and whatever waited for the
 * mail it stored (a link or a copy another device made of a thread this one had not captured yet),
 * and the item addresses its mail named that this store does not know yet (waitingTokens.ts).
 */
import { threadKeyOfMessage } from '../../../../shared/rules/replication/keys';
import type { StoreContext } from '../context';
import type { WorkingSet } from '../capture/workingSet';
import { recordOps } from './record';
import { settle } from './settle';
import { stateKey } from './stateRows';
import { rememberUnknownTokens } from './waitingTokens';

/**
 * Every table: besides capture's own, recording needs the replica tables, and showing what waited
 * may copy a thread (words indexed at once) or remove mail deleted elsewhere.
 */
export function captureTables(ctx: StoreContext) {
  return ctx.db.tables;
}

function keyOf(messageId: string): string | undefined {
  try {
    return stateKey('thread', threadKeyOfMessage(messageId));
  } catch {
    // handled: a Message-ID that cannot be a key names no replicated thread: nothing waits for it
    return undefined;
  }
}

export async function recordCaptured(ctx: StoreContext, ws: WorkingSet): Promise<void> {
  await recordOps(ctx, ws.replicaBodies);
  await rememberUnknownTokens(ctx, ws.unknownTokens);
  const arrived = ws
    .createdMessages()
    .map((m) => keyOf(m.messageId))
    .filter((k): k is string => k !== undefined);
  if (arrived.length > 0) await settle(ctx, { touched: [], materialize: false, arrived });
}
