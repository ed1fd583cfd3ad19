/**
 * One captured message through the SPEC's rules, in order, against the batch's working set:
 * tombstone (R3.7) → duplicate (R3.6) → owner (R3.3) → thread (R9) → persons (R4.1–R4.3) →
 * link (R1.4/R1.5/R4.4–R4.8/R4.11) → visibility (R5.3/R7.3). Synchronous: every row it may need
 * was prefetched, every row it makes goes into the working set.
 */
import type { SourceKind } from '../../../../shared/domain/mail';
import type { Counterparty } from '../../../../shared/rules/counterparties';
import { duplicateVerdict, type DuplicateVerdict } from '../../../../shared/rules/duplicates';
import { decideLink, type CounterpartyItems } from '../../../../shared/rules/linkDecision';
import { applyLinkDecision } from '../../../../shared/rules/linkPatches';
import { organizationForAddresses } from '../../../../shared/rules/organizationDomains';
import { organizationsOf } from '../../../../shared/rules/organizations';
import { ownerIdFor } from '../../../../shared/rules/ownerId';
import { planPersons } from '../../../../shared/rules/persons';
import { assignThread } from '../../../../shared/rules/threading';
import { tombstonedBy } from '../../../../shared/rules/tombstones';
import { defaultVisibility, shareOnLinkFor } from '../../../../shared/rules/visibility';
import { OpBodySchema, type OpBody } from '../../../../shared/rules/replication/operations';
import { itemKey, personKeyByAddress, threadKeyOfMessage } from '../../../../shared/rules/replication/keys';
import { nameKeys } from '../../db/derivedFields';
import { replicatedAutomaticReason } from '../replication/localKeys';
import type { ThreadRow } from '../../db/records';
import { addToThread, patchThread, startThread, type MessageFacts } from '../threads/threadRows';
import type { CaptureEnv } from './env';
import type { PreparedMessage } from './prepare';
import { heldRow } from './rejectedRows';
import type { WorkingSet } from './workingSet';

export type CaptureOutcome = 'stored' | 'duplicate' | 'tombstoned' | 'held';

/**
 * R8.3 an operation body for the batch to record. A body the format refuses (an address too odd
 * for a key, an empty name) is left out rather than failing the batch: the mail must be stored.
 */
function recordBody(ws: WorkingSet, body: () => OpBody): void {
  try {
    const made = body();
    if (OpBodySchema.safeParse(made).success) ws.replicaBodies.push(made);
  } catch {
    // handled: a key the format refuses is left out (see above): the mail must be stored
  }
}

/** R4.2 a person made from an address is keyed by it (replication/localKeys.ts); a random id when the address cannot be a key. */
function addressPersonId(address: string, env: CaptureEnv): string {
  try {
    return personKeyByAddress(address);
  } catch {
    // handled: an address that cannot be a key gets a random id (this device's person alone)
    return env.newId();
  }
}

/** R4.1–R4.3: link existing persons, create missing ones; the persons' organizations too. */
function linkPersons(
  counterparties: readonly Counterparty[],
  sourceKind: SourceKind,
  ownerId: string,
  ws: WorkingSet,
  env: CaptureEnv,
): Pick<MessageFacts, 'personIds' | 'organizationIds'> {
  const existing = ws.personsWithEmails(counterparties.map((c) => c.address));
  const plan = planPersons(counterparties, existing, sourceKind);
  const linked = plan.link.map((l) => ws.person(l.personId)).filter((p) => p !== undefined);
  const created = plan.create.map((c) => {
    // R4.3 beyond: a new person at a domain an organization lists joins it
    const organizationId = organizationForAddresses([c.address], ws.domainOrganizations);
    const person = {
      id: addressPersonId(c.address, env),
      name: c.name,
      emails: [c.address],
      ...(organizationId === undefined ? {} : { organizationId }),
      ownerId,
      createdAt: env.now,
      updatedAt: env.now,
      nameKeys: nameKeys(c.name),
    };
    ws.createPerson(person);
    if (person.id.startsWith('address:')) {
      recordBody(ws, () => ({
        kind: 'person.create',
        key: person.id,
        payload: { ownerId, createdAt: env.now, fields: { name: person.name, emails: person.emails, organizationKey: organizationId ?? null } },
      }));
    }
    return person;
  });
  return { personIds: [...linked, ...created].map((p) => p.id), organizationIds: organizationsOf([...linked, ...created]) };
}

/** The persons of the thread's counterparties, in counterparty order, with their items (R4.7). */
function counterpartyItems(thread: ThreadRow, ws: WorkingSet): CounterpartyItems[] {
  return ws.personsWithEmails(thread.counterparties).map((p) => ({ person: { id: p.id, name: p.name }, items: ws.itemsOfPerson(p.id) }));
}

/**
 * Run the link decision for `thread` after message `messageId` with `tokens` reached it; returns
 * the patched thread. A link is recorded (R8.3) under that message's key: it is in the thread.
 */
function decideAndLink(
  thread: ThreadRow,
  messageId: string,
  tokens: readonly string[],
  ws: WorkingSet,
  env: CaptureEnv,
): { thread: ThreadRow; linked: boolean } {
  const addressedItems = ws.itemsForTokens(tokens);
  if (messageId !== '') {
    // R8.3 / R1.3 an item this device has not received yet: the decision runs again when it arrives
    const known = new Set(addressedItems.map((i) => i.token));
    for (const token of tokens) if (!known.has(token)) ws.unknownTokens.push({ messageId, token });
  }
  const decision = decideLink({
    mode: env.mode,
    thread,
    addressedItems,
    counterpartyItems: counterpartyItems(thread, ws),
    now: env.now,
  });
  const reason = decision.kind === 'link' ? decision.link.reason : undefined;
  if (decision.kind === 'link' && messageId !== '' && (reason?.kind === 'item-address' || reason?.kind === 'sole-open-item')) {
    const { kind, itemId } = decision.link;
    recordBody(ws, () => ({
      kind: 'thread.link',
      key: threadKeyOfMessage(messageId),
      payload: { item: itemKey(kind, itemId), manual: false, reason: replicatedAutomaticReason(reason) },
    }));
  }
  return { thread: patchThread(thread, applyLinkDecision(thread, decision)), linked: decision.kind === 'link' };
}

/**
 * R3.6 a copy already stored: remember this source copy in the UID map; when a BCC copy arrives
 * for a message only sync had (upgradeToCaptured), run the capture-only rules for it now.
 */
function recordDuplicate(p: PreparedMessage, verdict: Extract<DuplicateVerdict, { kind: 'duplicate' }>, ws: WorkingSet, env: CaptureEnv): void {
  const mapped = ws.uidRow(p.uidKeyString);
  const rows = ws.messageRowsWithId(p.message.messageId);
  const target = (mapped && ws.message(mapped.messageRowId)) ?? rows.find((m) => m.copyOf === undefined) ?? rows[0];
  if (!target) return;
  if (!mapped) {
    const [sourceId, uidValidity, uid] = p.uidKey;
    ws.createUidRow({ sourceId, uidValidity, uid, sourceKind: p.message.sourceKind, messageId: p.message.messageId, messageRowId: target.id });
  }
  if (!verdict.upgradeToCaptured) return;
  ws.updateMessage({ ...target, sourceKind: 'dropbox' });
  const thread = ws.thread(target.threadId);
  if (!thread) return;
  const people = linkPersons(p.counterparties, 'dropbox', target.ownerId, ws, env);
  const withPeople: ThreadRow = {
    ...thread,
    personIds: [...new Set([...thread.personIds, ...people.personIds])],
    organizationIds: [...new Set([...thread.organizationIds, ...people.organizationIds])],
  };
  ws.updateThread(decideAndLink(withPeople, p.message.messageId, p.message.itemTokens, ws, env).thread);
}

export function captureMessage(p: PreparedMessage, ws: WorkingSet, env: CaptureEnv): CaptureOutcome {
  const { message } = p;
  const rejected = ws.rejectedRow(p.rejectedId);

  if (tombstonedBy(message, ws.tombstones)) {
    ws.deleteRejected(p.rejectedId);
    return 'tombstoned';
  }

  const verdict = duplicateVerdict(message, ws.storedKeys(message.messageId, p.uidKeyString));
  if (verdict.kind === 'duplicate') {
    ws.deleteRejected(p.rejectedId);
    recordDuplicate(p, verdict, ws, env);
    return 'duplicate';
  }

  const acceptedBy = rejected?.status === 'accepted' ? (rejected.acceptedBy ?? env.localUserId) : undefined;
  const owner = ownerIdFor(message.owner, env.users, acceptedBy);
  if (owner.kind === 'held') {
    // a re-delivered refusal keeps its row (and its first date) as it is
    if (!rejected) ws.putRejected(heldRow(message, owner.reason, owner.address, env.now));
    return 'held';
  }
  ws.deleteRejected(p.rejectedId);
  const ownerId = owner.userId;

  const counterparties = p.counterparties.map((c) => c.address);
  const assignment = assignThread({ ...message, ownerId, subjectKey: p.subjectKey, counterparties }, ws.threadCandidates(p.lookup));
  const facts: MessageFacts = {
    message,
    participants: p.participants,
    counterparties,
    ...linkPersons(p.counterparties, message.sourceKind, ownerId, ws, env),
  };

  const joined = assignment.kind === 'join' ? ws.thread(assignment.threadId) : undefined;
  let thread: ThreadRow;
  if (joined && assignment.kind === 'join') {
    thread = decideAndLink(addToThread(joined, facts, assignment.addRefIds), message.messageId, message.itemTokens, ws, env).thread;
    ws.updateThread(thread);
  } else {
    const refIds = assignment.kind === 'new' ? assignment.refIds : p.refIds;
    const shareOnLink = shareOnLinkFor(env.sharing, message.sourceKind);
    const fresh = startThread({ id: env.newId(), ownerId, subjectKey: p.subjectKey, refIds, visibility: 'private', shareOnLink }, facts);
    const decided = decideAndLink(fresh, message.messageId, message.itemTokens, ws, env);
    const visibility = defaultVisibility({ sharing: env.sharing, sourceKind: message.sourceKind, linked: decided.linked });
    thread = { ...decided.thread, visibility };
    ws.createThread(thread);
  }

  const rowId = env.newId();
  ws.createMessage({ ...message, id: rowId, threadId: thread.id, ownerId }, p.words);
  const [sourceId, uidValidity, uid] = p.uidKey;
  ws.createUidRow({ sourceId, uidValidity, uid, sourceKind: message.sourceKind, messageId: message.messageId, messageRowId: rowId });
  return 'stored';
}
