/**
 * The CRM store: the only writer of the CRM database (DESIGN 4). Capture batches, the user's
 * actions and settings go in here; views read through `store.queries` (live with liveQuery /
 * useLiveQuery). Clock and randomness are injected (`systemDeps` for the app).
 */
import type { CaptureBatch, Checkpoint, SealedCaptureBatch } from '../../../shared/domain/capture';
import type { ItemKind, ItemRef, Visibility } from '../../../shared/domain/crm';
import type { BlindcopyDb } from '../db/database';
import type { DealRow, ItemRow, LeadRow, OrganizationRow, PersonRow, ProjectRow, RejectedRow, ThreadRow } from '../db/records';
import { copyThreadToItem } from './actions/copyThread';
import { deleteMessage, deleteThread } from './actions/deletion';
import { createItemFromThread, linkThread, restoreLink, unlinkThread, type LinkBefore } from './actions/linking';
import { acceptRejected, confirmAlternateAddress, releaseHeldFor } from './actions/rejected';
import { setThreadsVisibility } from './actions/visibility';
import { applyBatch, applyBatchWithReport, applyParsedBatch, type BatchReport } from './capture/applyBatch';
import { openBatch } from './capture/openBatch';
import { storeContext, type StoreDeps, type Viewer } from './context';
import { createDeal, createLead, createProject, deleteItem, setItemStatus, updateItem } from './items/itemActions';
import type { DealPatch, LeadPatch, NewDeal, NewItem, NewLead, NewOrganization, NewPerson, NewProject, PersonPatch, ProjectPatch } from './items/itemInputs';
import { createOrganization, createPerson, deleteOrganization, deletePerson, renameOrganization, setOrganizationDomains, updatePerson } from './items/personActions';
import { crmQueries, type CrmQueries } from './queries';
import { createSettings, type CrmSettings, type OwnAddresses } from './settings';
import { indexPendingWords, pendingWordsCount } from './words/indexWords';
import { replicationQueries, type ReplicationQueries } from './replication/replicationQueries';
import { seedReplication } from './replication/seed';
import { exportPersonCards, exportTable, type ExportKind, type ExportTable, type PersonCard } from './transfer/exportRecords';
import { importContacts, previewImport, type ImportResult } from './transfer/importContacts';
import type { RowOutcome } from '../../../shared/rules/contacts/contactRows';
import type { ImportPlan } from '../../../shared/rules/contacts/importPlan';

/** R8.3 replication through the mail server (replication/): the pump's and Settings' side. */
export interface StoreReplication extends ReplicationQueries {
  /** the first run on a database that already holds a CRM: it becomes pending operations (once) */
  seed(): Promise<number>;
}

/** Issue 22: export as tables and cards (transfer/), import of contacts with a preview. */
export interface StoreTransfer {
  exportTable(kind: ExportKind): Promise<ExportTable>;
  exportPersonCards(): Promise<PersonCard[]>;
  /** what importing these rows would do now (duplicates by address, R4.2) */
  previewImport(rows: readonly RowOutcome[]): Promise<ImportPlan>;
  /** the import, planned again and written in one transaction through the create functions (R8.3 operations) */
  importContacts(rows: readonly RowOutcome[]): Promise<ImportResult>;
}

export interface CrmStore {
  readonly db: BlindcopyDb;
  readonly viewer: Viewer;
  readonly settings: CrmSettings;
  readonly queries: CrmQueries;
  readonly replication: StoreReplication;
  readonly transfer: StoreTransfer;

  /**
   * DESIGN 4: the batch and its checkpoint in one transaction; answers with the committed checkpoint.
   * A batch of the sync folder (source kind `replica`, R8.3) applies its operations and snapshots.
   */
  applyBatch(batch: CaptureBatch): Promise<Checkpoint>;
  /** applyBatch of a batch as it crossed IPC (capture:batch): its body decoded and checked against its header first */
  applySealedBatch(batch: SealedCaptureBatch): Promise<Checkpoint>;
  /** the same, with what happened to each captured message (stored, duplicate, tombstoned, held) */
  applyBatchWithReport(batch: CaptureBatch): Promise<BatchReport>;

  createDeal(input: NewDeal): Promise<DealRow>;
  createLead(input: NewLead): Promise<LeadRow>;
  createProject(input: NewProject): Promise<ProjectRow>;
  updateItem(ref: ItemRef, patch: DealPatch | LeadPatch | ProjectPatch): Promise<ItemRow>;
  setItemStatus(ref: ItemRef, status: string): Promise<ItemRow>;
  deleteItem(ref: ItemRef): Promise<void>;
  createPerson(input: NewPerson): Promise<PersonRow>;
  updatePerson(id: string, patch: PersonPatch): Promise<PersonRow>;
  deletePerson(id: string): Promise<void>;
  createOrganization(input: NewOrganization): Promise<OrganizationRow>;
  renameOrganization(id: string, input: NewOrganization): Promise<OrganizationRow>;
  /** R4.3 beyond: the mail domains whose new persons join it */
  setOrganizationDomains(id: string, domains: readonly string[]): Promise<OrganizationRow>;
  deleteOrganization(id: string): Promise<void>;

  /** R4.10 link by hand ("by you") — R4.12 owner or admin on a shared thread */
  linkThread(threadId: string, item: ItemRef): Promise<ThreadRow>;
  /** R4.11 sticky unlink */
  unlinkThread(threadId: string): Promise<ThreadRow>;
  /** R4.10 / R4.11 Undo of an unlink: the previous link with its reason, the manual-unlink mark cleared (R8.3 operation) */
  restoreLink(threadId: string, before: LinkBefore): Promise<ThreadRow>;
  /** R4.10 create a deal / lead / project prefilled from the thread, and link it */
  createItemFromThread(threadId: string, kind: ItemKind, fields?: Partial<NewItem>): Promise<{ item: ItemRow; thread: ThreadRow }>;
  /** R4.9 a copy of the thread, linked to another item */
  copyThreadToItem(threadId: string, item: ItemRef): Promise<ThreadRow>;
  /** R5.4 one or many threads, all or nothing */
  setThreadsVisibility(threadIds: readonly string[], visibility: Visibility): Promise<ThreadRow[]>;
  /** R3.7 with a tombstone; answers with the recomputed thread, undefined when it went too */
  deleteMessage(messageRowId: string): Promise<ThreadRow | undefined>;
  deleteThread(threadId: string): Promise<void>;
  /** R3.8 mark for re-capture (see actions/rejected.ts) */
  acceptRejected(rejectedId: string): Promise<RejectedRow>;
  /** R3.8 accept everything held for an address (pending, or from it before it was added); returns how many */
  releaseHeldFor(address: string): Promise<number>;
  /** R6.2 + R3.8 the alternate address becomes verified and its held mail is released */
  confirmAlternateAddress(address: string): Promise<{ ownAddresses: OwnAddresses; released: number }>;

  /** search words for up to `max` captured messages still waiting (store/words); 0 when none wait */
  indexPendingWords(max?: number): Promise<number>;
  pendingWordsCount(): Promise<number>;
}

export function createCrmStore(db: BlindcopyDb, deps: StoreDeps): CrmStore {
  const ctx = storeContext(db, deps);
  return {
    db,
    viewer: deps.viewer,
    settings: createSettings(db, ctx),
    queries: crmQueries(db, deps.viewer),
    replication: { ...replicationQueries(ctx), seed: () => seedReplication(ctx) },
    transfer: {
      exportTable: (kind) => exportTable(ctx, kind),
      exportPersonCards: () => exportPersonCards(ctx),
      previewImport: (rows) => previewImport(ctx, rows),
      importContacts: (rows) => importContacts(ctx, rows),
    },
    applyBatch: (batch) => applyBatch(ctx, batch),
    // openBatch's throw is a refusal of this promise, never a throw of the call
    applySealedBatch: async (sealed) => (await applyParsedBatch(ctx, openBatch(sealed))).checkpoint,
    applyBatchWithReport: (batch) => applyBatchWithReport(ctx, batch),
    createDeal: (input) => createDeal(ctx, input),
    createLead: (input) => createLead(ctx, input),
    createProject: (input) => createProject(ctx, input),
    updateItem: (ref, patch) => updateItem(ctx, ref, patch),
    setItemStatus: (ref, status) => setItemStatus(ctx, ref, status),
    deleteItem: (ref) => deleteItem(ctx, ref),
    createPerson: (input) => createPerson(ctx, input),
    updatePerson: (id, patch) => updatePerson(ctx, id, patch),
    deletePerson: (id) => deletePerson(ctx, id),
    createOrganization: (input) => createOrganization(ctx, input),
    renameOrganization: (id, input) => renameOrganization(ctx, id, input),
    setOrganizationDomains: (id, domains) => setOrganizationDomains(ctx, id, domains),
    deleteOrganization: (id) => deleteOrganization(ctx, id),
    linkThread: (threadId, item) => linkThread(ctx, threadId, item),
    unlinkThread: (threadId) => unlinkThread(ctx, threadId),
    restoreLink: (threadId, before) => restoreLink(ctx, threadId, before),
    createItemFromThread: (threadId, kind, fields) => createItemFromThread(ctx, threadId, kind, fields),
    copyThreadToItem: (threadId, item) => copyThreadToItem(ctx, threadId, item),
    setThreadsVisibility: (threadIds, visibility) => setThreadsVisibility(ctx, threadIds, visibility),
    deleteMessage: (messageRowId) => deleteMessage(ctx, messageRowId),
    deleteThread: (threadId) => deleteThread(ctx, threadId),
    acceptRejected: (rejectedId) => acceptRejected(ctx, rejectedId),
    releaseHeldFor: (address) => releaseHeldFor(ctx, address),
    confirmAlternateAddress: (address) => confirmAlternateAddress(ctx, address),
    indexPendingWords: (max) => indexPendingWords(ctx, max),
    pendingWordsCount: () => pendingWordsCount(ctx),
  };
}

export { systemDeps, type StoreDeps, type Viewer } from './context';
export type { ReplicationQueries } from './replication/replicationQueries';
export type { BatchReport } from './capture/applyBatch';
export { EXPORT_KINDS, type ExportKind, type ExportTable, type PersonCard } from './transfer/exportRecords';
export type { ImportResult } from './transfer/importContacts';
export type { CaptureOutcome } from './capture/captureMessage';
export * from './queries';
export type { CrmSettings, OwnAddresses, SettingKey, SettingValues } from './settings';
export type * from './items/itemInputs';
export type { LinkBefore } from './actions/linking';
