/**
 * R8.3 the merge of one item, person or organization (state.ts describes the model). Every
 * function returns a new entity and is a join: commutative, associative, idempotent, so the
 * result depends only on which operations arrived, never on their order or repetition.
 */
import type { ClockString } from './hlc';
import { maxClock, newer, type Reg } from './registers';
import type { Entity, EntityOrigin, Life } from './state';

export function emptyEntity<F>(): Entity<F> {
  return { life: {}, fields: {} };
}

/** Created, and the newest create is newer than the newest delete. */
export function isAlive(life: Life): boolean {
  return life.created !== undefined && (life.deleted === undefined || life.created > life.deleted);
}

/** A create of this entity has been seen (it may have been deleted since). */
export function isKnown(life: Life): boolean {
  return life.created !== undefined;
}

/** Registers no older than the newest delete; a delete beats every older write. */
function pruned<F>(fields: Entity<F>['fields'], deleted: ClockString | undefined): Entity<F>['fields'] {
  if (deleted === undefined) return fields;
  const kept: Entity<F>['fields'] = {};
  for (const key of Object.keys(fields) as Array<keyof F>) {
    const r = fields[key];
    if (r !== undefined && r.clock > deleted) kept[key] = r;
  }
  return kept;
}

function withLife<F>(entity: Entity<F>, life: Life, fields: Entity<F>['fields']): Entity<F> {
  const next: Entity<F> = { life, fields: pruned(fields, life.deleted) };
  if (entity.origin !== undefined) next.origin = entity.origin;
  return next;
}

/** Field writes at one clock (an edit, or the fields of a create). */
export function writeFields<F>(entity: Entity<F>, values: Partial<F>, clock: ClockString): Entity<F> {
  const fields = { ...entity.fields };
  for (const key of Object.keys(values) as Array<keyof F>) {
    const value = values[key];
    if (value === undefined) continue;
    fields[key] = newer(fields[key], { value, clock } as Reg<F[typeof key]>);
  }
  return withLife(entity, entity.life, fields);
}

/** A create: fields it leaves out are written as null, so a re-create does not inherit them. */
export function create<F>(entity: Entity<F>, origin: EntityOrigin, values: F, clock: ClockString): Entity<F> {
  const life = { ...entity.life, created: maxClock(entity.life.created, clock) };
  const next = writeFields({ ...entity, life, origin: newer(entity.origin, { value: origin, clock }) }, values, clock);
  return next;
}

export function remove<F>(entity: Entity<F>, clock: ClockString): Entity<F> {
  return withLife(entity, { ...entity.life, deleted: maxClock(entity.life.deleted, clock) }, entity.fields);
}

export function joinEntities<F>(a: Entity<F>, b: Entity<F>): Entity<F> {
  const life: Life = {};
  const created = maxClock(a.life.created, b.life.created);
  const deleted = maxClock(a.life.deleted, b.life.deleted);
  if (created !== undefined) life.created = created;
  if (deleted !== undefined) life.deleted = deleted;
  const fields = { ...a.fields };
  for (const key of Object.keys(b.fields) as Array<keyof F>) fields[key] = newer(fields[key], b.fields[key]);
  const next: Entity<F> = { life, fields: pruned(fields, deleted) };
  const origin = newer(a.origin, b.origin);
  if (origin !== undefined) next.origin = origin;
  return next;
}

/** The fields' current values (registers without clocks). */
export function fieldValues<F>(entity: Entity<F>): Partial<F> {
  const values: Partial<F> = {};
  for (const key of Object.keys(entity.fields) as Array<keyof F>) {
    const r = entity.fields[key];
    if (r !== undefined) values[key] = r.value;
  }
  return values;
}
