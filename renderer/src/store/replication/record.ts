/**
 * R8.3 recording the device's own changes: every action that changes the CRM calls `recordOps`
 * inside its own transaction, so a change cannot exist without its operation (a failing write
 * rolls both back). Each operation gets the next clock reading, is folded into `replicaState` and
 * waits in `replicaOps` (sent = 0) for the uploader. Operations from other devices never come
 * here (applyReplicated.ts).
 */
import { makeOp, type Op, type OpBody } from '../../../../shared/rules/replication/operations';
import { applyOps } from '../../../../shared/rules/replication/applyOps';
import type { StoreContext } from '../context';
import { tickClocks } from './replicaClock';
import { settle } from './settle';
import { stateKey, type EntityType } from './stateRows';

const TYPE_OF: Record<string, EntityType> = {
  item: 'item',
  person: 'person',
  organization: 'organization',
  thread: 'thread',
  message: 'message',
  setting: 'setting',
};

/** The state rows an operation touches: its entity, and its replica's frontier. */
export function touchedBy(op: Op): string[] {
  const type = TYPE_OF[op.kind.slice(0, op.kind.indexOf('.'))] ?? 'item';
  return [stateKey(type, op.key), stateKey('frontier', op.replica)];
}

export async function recordOps(ctx: StoreContext, bodies: readonly (OpBody | undefined)[]): Promise<Op[]> {
  const kept = bodies.filter((b): b is OpBody => b !== undefined);
  if (kept.length === 0) return [];
  const clocks = await tickClocks(ctx, kept.length);
  const ops = kept.map((body, i) => makeOp(clocks[i]!, body));
  await settle(ctx, { touched: ops.flatMap(touchedBy), change: (s) => applyOps(s, ops).state, materialize: false });
  await ctx.db.replicaOps.bulkAdd(ops.map((op) => ({ id: op.id, sent: 0 as const, op })));
  return ops;
}
