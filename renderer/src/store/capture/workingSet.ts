/**
 * The slice of the database one batch can touch, read up front with a few bulk queries
 * (prefetch.ts) and indexed in memory, plus everything the batch creates or changes. Messages
 * are decided one after the other against this set — a reply later in the same batch finds the
 * thread an earlier message started — and the result is written back with bulk operations.
 * No per-message query, no scan: the cost of a batch grows with the batch, not with the database.
 */
import type { OrganizationWithDomains } from '../../../../shared/rules/organizationDomains';
import type { LinkableItem, AddressedItem } from '../../../../shared/rules/linkDecision';
import type { StoredMessageKey } from '../../../../shared/rules/duplicates';
import type { ThreadCandidate, ThreadLookup } from '../../../../shared/rules/threading';
import type { OpBody } from '../../../../shared/rules/replication/operations';
import type { MessageRow, PersonRow, RejectedRow, SourceUidRow, ThreadRow, TombstoneRow } from '../../db/records';
import { sourceKeyString } from '../keys';
import type { UnknownToken } from '../replication/waitingTokens';

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export class WorkingSet {
  readonly tombstones: TombstoneRow[] = [];
  /** R8.3 what the batch decided that other devices must learn: persons made from mail, automatic links */
  readonly replicaBodies: OpBody[] = [];
  /** R8.3 / R1.3 item tokens the batch's mail named that no item here has: they wait for the item */
  readonly unknownTokens: UnknownToken[] = [];

  private readonly threads = new Map<string, ThreadRow>();
  /** threads as the database holds them (loaded, not changed since): what a put of them replaces */
  private readonly storedThreads = new Map<string, ThreadRow>();
  private readonly createdThreadIds = new Set<string>();
  private readonly changedThreadIds = new Set<string>();
  private readonly threadIdsByRef = new Map<string, Set<string>>();
  private readonly threadIdsBySubject = new Map<string, Set<string>>();

  private readonly persons = new Map<string, PersonRow>();
  private readonly personIdsByEmail = new Map<string, Set<string>>();
  readonly createdPersons: PersonRow[] = [];
  /** R4.3 beyond: organizations listing a domain of the batch's addresses (no duplicates across rows: one query) */
  readonly domainOrganizations: OrganizationWithDomains[] = [];
  /** addresses whose persons have been loaded (so a second query can skip them) */
  readonly queriedEmails = new Set<string>();
  private readonly itemsByPerson = new Map<string, LinkableItem[]>();
  private readonly itemsByToken = new Map<string, AddressedItem>();

  private readonly messages = new Map<string, MessageRow>();
  private readonly messageRowIdsByMessageId = new Map<string, Set<string>>();
  private readonly createdMessageIds = new Set<string>();
  /** search words capture sent for a created message, by row id (absent: the store computes them) */
  private readonly wordsByRowId = new Map<string, string>();
  private readonly changedMessageIds = new Set<string>();

  private readonly uidRows = new Map<string, SourceUidRow>();
  readonly createdUidRows: SourceUidRow[] = [];

  private readonly rejected = new Map<string, RejectedRow>();
  readonly rejectedPuts = new Map<string, RejectedRow>();
  readonly rejectedDeletes = new Set<string>();

  // ---- loading (prefetch) ----

  loadThread(row: ThreadRow): void {
    if (this.threads.has(row.id)) return;
    this.threads.set(row.id, row);
    this.storedThreads.set(row.id, row);
    this.indexThread(row, row.refIds);
  }

  private indexThread(row: ThreadRow, refIds: readonly string[]): void {
    // copies never receive new mail (R4.8/R4.9): they are not offered to threading at all
    if (row.copyOf !== undefined) return;
    for (const id of refIds) addTo(this.threadIdsByRef, id, row.id);
    if (row.subjectKey !== '') addTo(this.threadIdsBySubject, row.subjectKey, row.id);
  }

  loadPerson(row: PersonRow): void {
    if (this.persons.has(row.id)) return;
    this.persons.set(row.id, row);
    for (const email of row.emails) addTo(this.personIdsByEmail, email.toLowerCase(), row.id);
  }

  loadItemOfPerson(personId: string, item: LinkableItem): void {
    const list = this.itemsByPerson.get(personId) ?? [];
    list.push(item);
    this.itemsByPerson.set(personId, list);
  }

  loadAddressedItem(token: string, item: AddressedItem): void {
    this.itemsByToken.set(token, item);
  }

  loadMessage(row: MessageRow): void {
    if (this.messages.has(row.id)) return;
    this.messages.set(row.id, row);
    addTo(this.messageRowIdsByMessageId, row.messageId, row.id);
  }

  loadUidRow(row: SourceUidRow): void {
    this.uidRows.set(sourceKeyString(row), row);
  }

  loadRejected(row: RejectedRow): void {
    this.rejected.set(row.id, row);
  }

  // ---- reading ----

  thread(id: string): ThreadRow | undefined {
    return this.threads.get(id);
  }

  threadIds(): string[] {
    return [...this.threads.keys()];
  }

  /** Every thread in memory that `lookup` asks for; the threading rule re-checks each one. */
  threadCandidates(lookup: ThreadLookup): ThreadCandidate[] {
    const ids = new Set<string>();
    for (const ref of lookup.refIds) for (const id of this.threadIdsByRef.get(ref) ?? []) ids.add(id);
    if (lookup.subject) for (const id of this.threadIdsBySubject.get(lookup.subject.subjectKey) ?? []) ids.add(id);
    return [...ids].map((id) => this.threads.get(id)).filter((t): t is ThreadRow => t !== undefined);
  }

  person(id: string): PersonRow | undefined {
    return this.persons.get(id);
  }

  /** Persons having any of `addresses`, in the order of the addresses (R4.7 "first person"). */
  personsWithEmails(addresses: readonly string[]): PersonRow[] {
    const found = new Map<string, PersonRow>();
    for (const address of addresses) {
      for (const id of this.personIdsByEmail.get(address.toLowerCase()) ?? []) {
        const person = this.persons.get(id);
        if (person && !found.has(id)) found.set(id, person);
      }
    }
    return [...found.values()];
  }

  personIds(): string[] {
    return [...this.persons.keys()];
  }

  itemsOfPerson(personId: string): LinkableItem[] {
    return this.itemsByPerson.get(personId) ?? [];
  }

  itemsForTokens(tokens: readonly string[]): AddressedItem[] {
    return tokens.map((t) => this.itemsByToken.get(t)).filter((i): i is AddressedItem => i !== undefined);
  }

  message(rowId: string): MessageRow | undefined {
    return this.messages.get(rowId);
  }

  messageRowsWithId(messageId: string): MessageRow[] {
    return [...(this.messageRowIdsByMessageId.get(messageId) ?? [])]
      .map((id) => this.messages.get(id))
      .filter((m): m is MessageRow => m !== undefined);
  }

  uidRow(keyString: string): SourceUidRow | undefined {
    return this.uidRows.get(keyString);
  }

  /** What R3.6 compares with: stored copies with this Message-ID, and whatever this source copy delivered before. */
  storedKeys(messageId: string, keyString: string): StoredMessageKey[] {
    const keys: StoredMessageKey[] = this.messageRowsWithId(messageId).map((m) => ({
      messageId: m.messageId,
      source: m.source,
      sourceKind: m.sourceKind,
    }));
    const uid = this.uidRows.get(keyString);
    if (uid) {
      keys.push({
        messageId: uid.messageId,
        source: { sourceId: uid.sourceId, uidValidity: uid.uidValidity, uid: uid.uid },
        sourceKind: uid.sourceKind,
      });
    }
    return keys;
  }

  rejectedRow(id: string): RejectedRow | undefined {
    if (this.rejectedDeletes.has(id)) return undefined;
    return this.rejectedPuts.get(id) ?? this.rejected.get(id);
  }

  // ---- changing ----

  createThread(row: ThreadRow): void {
    this.threads.set(row.id, row);
    this.createdThreadIds.add(row.id);
    this.indexThread(row, row.refIds);
  }

  /** Replace a thread in memory; new refIds become findable for the rest of the batch. */
  updateThread(row: ThreadRow): void {
    const before = this.threads.get(row.id);
    this.threads.set(row.id, row);
    if (!this.createdThreadIds.has(row.id)) this.changedThreadIds.add(row.id);
    const held = new Set(before?.refIds ?? []);
    this.indexThread(row, row.refIds.filter((id) => !held.has(id)));
  }

  createPerson(row: PersonRow): void {
    this.loadPerson(row);
    this.createdPersons.push(row);
  }

  createMessage(row: MessageRow, words?: string): void {
    this.loadMessage(row);
    this.createdMessageIds.add(row.id);
    if (words !== undefined) this.wordsByRowId.set(row.id, words);
  }

  updateMessage(row: MessageRow): void {
    this.messages.set(row.id, row);
    if (!this.createdMessageIds.has(row.id)) this.changedMessageIds.add(row.id);
  }

  createUidRow(row: SourceUidRow): void {
    this.loadUidRow(row);
    this.createdUidRows.push(row);
  }

  putRejected(row: RejectedRow): void {
    this.rejectedDeletes.delete(row.id);
    this.rejectedPuts.set(row.id, row);
  }

  deleteRejected(id: string): void {
    this.rejectedPuts.delete(id);
    if (this.rejected.has(id)) this.rejectedDeletes.add(id);
  }

  createdThreads(): ThreadRow[] {
    return [...this.createdThreadIds].map((id) => this.threads.get(id)).filter((t): t is ThreadRow => t !== undefined);
  }

  changedThreads(): ThreadRow[] {
    return [...this.changedThreadIds].map((id) => this.threads.get(id)).filter((t): t is ThreadRow => t !== undefined);
  }

  createdMessages(): MessageRow[] {
    return [...this.createdMessageIds].map((id) => this.messages.get(id)).filter((m): m is MessageRow => m !== undefined);
  }

  /** The search words capture sent for a created message row, if it sent them. */
  sentWords(rowId: string): string | undefined {
    return this.wordsByRowId.get(rowId);
  }

  /** The stored rows the changed threads replace, as loaded (the thread counts need them, db/threadCounts.ts). */
  replacedThreads(): ThreadRow[] {
    return [...this.changedThreadIds].map((id) => this.storedThreads.get(id)).filter((t): t is ThreadRow => t !== undefined);
  }

  changedMessages(): MessageRow[] {
    return [...this.changedMessageIds].map((id) => this.messages.get(id)).filter((m): m is MessageRow => m !== undefined);
  }
}
