/**
 * R8.3 the merge: operations folded into the replicated state. Pure and deterministic; every
 * step is a join (entities.ts, threads.ts), so any order of delivery, any repetition (a batch
 * appended twice after a crash) and any split into batches give the same state. What cannot be
 * shown yet — a link to an item or thread this replica does not have — stays in the state and is
 * listed in `waiting` (waiting.ts) until it can.
 *
 * The state given is not changed. The store passes the part of its state the operations touch
 * (and what they refer to); the maps are copied once per call, the entities on write.
 */
import type { ItemKind } from '../../domain/crm';
import { create, emptyEntity, remove, writeFields } from './entities';
import type { ItemFields, Op, PersonFields } from './operations';
import { parseItemKey } from './keys';
import { maxClock, minClock, newer } from './registers';
import { emptyState, type ReplicatedState } from './state';
import { decideLink, deleteThread, makeCopy, setVisibility } from './threads';
import { findWaiting, type LocalView, type WaitingRef } from './waiting';

/** A create names every field; those it leaves out are written empty (see entities.create). */
function itemCreateFields(kind: ItemKind, fields: Partial<ItemFields> & Pick<ItemFields, 'title' | 'status'>): ItemFields {
  const deal = kind === 'deal';
  const all: ItemFields = {
    title: fields.title,
    status: fields.status,
    value: fields.value ?? null,
    currency: fields.currency ?? null,
    stage: fields.stage ?? null,
    personKey: fields.personKey ?? null,
    organizationKey: fields.organizationKey ?? null,
  };
  if (deal) return all;
  const { value: _v, currency: _c, stage: _s, ...rest } = all;
  return rest as ItemFields;
}

function personCreateFields(fields: Partial<PersonFields> & Pick<PersonFields, 'name' | 'emails'>): PersonFields {
  return { name: fields.name, emails: fields.emails, organizationKey: fields.organizationKey ?? null };
}

/** One operation into a state whose maps the caller already copied. */
function applyOne(s: ReplicatedState, op: Op): void {
  const at = op.clock;
  switch (op.kind) {
    case 'item.create': {
      const { token, ownerId, createdAt, fields } = op.payload;
      const origin = token === undefined ? { ownerId, createdAt } : { ownerId, createdAt, token };
      s.items[op.key] = create(s.items[op.key] ?? emptyEntity(), origin, itemCreateFields(parseItemKey(op.key).kind, fields), at);
      break;
    }
    case 'item.edit':
      s.items[op.key] = writeFields(s.items[op.key] ?? emptyEntity(), op.payload.fields, at);
      break;
    case 'item.status':
      s.items[op.key] = writeFields(s.items[op.key] ?? emptyEntity(), { status: op.payload.status }, at);
      break;
    case 'item.delete':
      s.items[op.key] = remove(s.items[op.key] ?? emptyEntity(), at);
      break;
    case 'person.create': {
      const { ownerId, createdAt, fields } = op.payload;
      s.persons[op.key] = create(s.persons[op.key] ?? emptyEntity(), { ownerId, createdAt }, personCreateFields(fields), at);
      break;
    }
    case 'person.edit':
      s.persons[op.key] = writeFields(s.persons[op.key] ?? emptyEntity(), op.payload.fields, at);
      break;
    case 'person.delete':
      s.persons[op.key] = remove(s.persons[op.key] ?? emptyEntity(), at);
      break;
    case 'organization.create': {
      const { ownerId, createdAt, fields } = op.payload;
      s.organizations[op.key] = create(s.organizations[op.key] ?? emptyEntity(), { ownerId, createdAt }, fields, at);
      break;
    }
    case 'organization.edit':
      s.organizations[op.key] = writeFields(s.organizations[op.key] ?? emptyEntity(), op.payload.fields, at);
      break;
    case 'organization.delete':
      s.organizations[op.key] = remove(s.organizations[op.key] ?? emptyEntity(), at);
      break;
    case 'thread.link':
      s.threads[op.key] = decideLink(s.threads[op.key] ?? {}, op.payload, at);
      break;
    case 'thread.copy':
      s.threads[op.key] = makeCopy(s.threads[op.key] ?? {}, op.payload, at);
      break;
    case 'thread.visibility':
      s.threads[op.key] = setVisibility(s.threads[op.key] ?? {}, op.payload.visibility, at);
      break;
    case 'thread.delete':
      s.threads[op.key] = deleteThread(s.threads[op.key] ?? {}, op.payload.ids, at);
      break;
    case 'message.delete':
      s.messages[op.key] = minClock(s.messages[op.key], at) ?? at;
      break;
    case 'setting.set':
      if (op.key === 'linkingMode' && (op.payload.value === 'automatic' || op.payload.value === 'manual')) {
        s.settings.linkingMode = newer(s.settings.linkingMode, { value: op.payload.value, clock: at });
      } else if (op.key === 'sharingDefault' && (op.payload.value === 'share-linked' || op.payload.value === 'private')) {
        s.settings.sharingDefault = newer(s.settings.sharingDefault, { value: op.payload.value, clock: at });
      }
      break;
  }
  s.frontier[op.replica] = maxClock(s.frontier[op.replica], at) ?? at;
}

function copyMaps(state: ReplicatedState): ReplicatedState {
  return {
    items: { ...state.items },
    persons: { ...state.persons },
    organizations: { ...state.organizations },
    threads: { ...state.threads },
    messages: { ...state.messages },
    settings: { ...state.settings },
    frontier: { ...state.frontier },
  };
}

export interface ApplyResult {
  state: ReplicatedState;
  /** references that cannot be shown yet on this replica (waiting.ts) */
  waiting: WaitingRef[];
}

/** `local` says which threads this replica holds; without it every thread counts as held. */
export function applyOps(state: ReplicatedState, ops: readonly Op[], local?: LocalView): ApplyResult {
  const next = copyMaps(state);
  for (const op of ops) applyOne(next, op);
  return { state: next, waiting: findWaiting(next, local) };
}

/** Shorthand for a replica that starts empty. */
export function stateOf(ops: readonly Op[]): ReplicatedState {
  return applyOps(emptyState(), ops).state;
}
