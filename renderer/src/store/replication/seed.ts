/**
 * R8.3 the first time replication runs on a database that already holds a CRM: what is there
 * becomes operations — a create per item, person and organization, the link decisions and hand-set
 * visibility of threads, copies, the CRM settings — recorded as pending, so they upload like any
 * change. Keyed by the rows' current ids: no row moves. Entities that already have replicated
 * state (changed since replication began) are left out, and the run is marked done in the
 * settings, so it happens once.
 */
import type { ItemKind } from '../../../../shared/domain/crm';
import { copyThreadKey, itemKey } from '../../../../shared/rules/replication/keys';
import type { OpBody } from '../../../../shared/rules/replication/operations';
import type { ItemRow, ThreadRow } from '../../db/records';
import type { StoreContext } from '../context';
import { itemTables } from '../items/itemActions';
import { anchorOf, personKeyOf, replicatedReason } from './localKeys';
import { itemCreateBody, organizationCreateBody, personCreateBody } from './opBodies';
import { recordOps } from './record';
import { stateKey } from './stateRows';

export const SEEDED_SETTING = 'replicaSeeded';

async function known(ctx: StoreContext, rowKey: string): Promise<boolean> {
  return (await ctx.db.replicaState.get(rowKey)) !== undefined;
}

async function threadBodies(ctx: StoreContext, thread: ThreadRow): Promise<OpBody[]> {
  // handled: a thread without a message to name it by has nothing to replicate
  const key = thread.copyOf !== undefined ? copyThreadKey(thread.id) : await anchorOf(ctx.db, thread.id).catch(() => undefined);
  if (key === undefined || (await known(ctx, stateKey('thread', key)))) return [];
  const bodies: OpBody[] = [];
  const link = thread.link;
  if (thread.copyOf !== undefined) {
    if (link) bodies.push({ kind: 'thread.copy', key, payload: { from: await anchorOf(ctx.db, thread.copyOf), item: itemKey(link.kind, link.itemId), ownerId: thread.ownerId } });
  } else if (link) {
    const manual = link.reason.kind === 'manual' || link.reason.kind === 'copy';
    bodies.push({ kind: 'thread.link', key, payload: { item: itemKey(link.kind, link.itemId), manual, reason: await replicatedReason(ctx.db, link.reason) } });
  } else if (thread.manualUnlink === true) {
    bodies.push({ kind: 'thread.link', key, payload: { item: null, manual: true, reason: null } });
  }
  // shared by hand, or by the sharing default: either way it is shared; private is where threads start
  if (thread.visibility === 'shared') bodies.push({ kind: 'thread.visibility', key, payload: { visibility: 'shared' } });
  return bodies;
}

/** Seeds once; answers with the number of operations recorded (0 when it ran before). */
export async function seedReplication(ctx: StoreContext): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', itemTables(ctx), async () => {
    if ((await db.settings.get(SEEDED_SETTING))?.value === true) return 0;
    const bodies: OpBody[] = [];
    for (const org of await db.organizations.toArray()) if (!(await known(ctx, stateKey('organization', org.id)))) bodies.push(organizationCreateBody(org));
    for (const person of await db.persons.toArray()) {
      if (!(await known(ctx, stateKey('person', personKeyOf(person.id))))) bodies.push(personCreateBody(person));
    }
    const items: ItemRow[] = [...(await db.deals.toArray()), ...(await db.leads.toArray()), ...(await db.projects.toArray())];
    for (const item of items) if (!(await known(ctx, stateKey('item', itemKey(item.kind as ItemKind, item.id))))) bodies.push(itemCreateBody(item));
    for (const name of ['linkingMode', 'sharingDefault'] as const) {
      const row = await db.settings.get(name);
      if (row && !(await known(ctx, stateKey('setting', name)))) bodies.push({ kind: 'setting.set', key: name, payload: { value: String(row.value) } });
    }
    // originals before copies: a copy names its source
    const threads = (await db.threads.toArray()).sort((a, b) => Number(a.copyOf !== undefined) - Number(b.copyOf !== undefined));
    for (const thread of threads) bodies.push(...(await threadBodies(ctx, thread)));
    await recordOps(ctx, bodies);
    await db.settings.put({ key: SEEDED_SETTING, value: true });
    return bodies.length;
  });
}
