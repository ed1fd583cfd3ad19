/**
 * Rows as IndexedDB holds them. CRM records reuse the shared domain types; the rest (sync
 * checkpoints, outbox, rejected, tombstones, settings) are store-only shapes.
 */
import type { Deal, Lead, Organization, Person, Project, Thread } from '../../../shared/domain/crm';
import type { CapturedMessage, RejectedMessage } from '../../../shared/domain/mail';

export interface MessageRow extends CapturedMessage {
  /** row id: unique per stored copy (a copied thread R4.9 holds copies of the same message) */
  id: string;
  threadId: string;
  ownerId: string;
  /** flattened source ref for the compound index (source, uidValidity, uid) */
  sourceId: string;
  uidValidity: number;
  uid: number;
}

export interface ThreadRow extends Thread {
  /** every Message-ID held or referenced by the thread's messages (R9.1, both directions) */
  refIds: string[];
  /** lower-case words of subject, participants and text, for search */
  words: string[];
  /** `${kind}:${itemId}` of the linked item, for the "threads of an item" query */
  linkKey?: string;
}

/** Person, organization and item links of a thread, each with why it was made (R4.11). */
export interface LinkRow {
  id: string;
  threadId: string;
  targetKind: 'person' | 'organization' | 'deal' | 'lead' | 'project';
  targetId: string;
  reason: 'item-address' | 'sole-open-item' | 'counterparty' | 'manual' | 'copy';
  at: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Where mirroring of one IMAP source stands; committed with each batch (DESIGN 4). */
export interface SyncSourceRow {
  id: string;
  kind: 'dropbox' | 'sync';
  mailbox: string;
  uidValidity?: number;
  lastUid: number;
  highestModseq?: string;
  updatedAt: number;
}

export interface OutboxRow {
  id: string;
  messageId: string;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError?: string;
  /** the composed message; validated by the compose schema when it is read */
  draft: unknown;
}

export interface RejectedRow extends RejectedMessage {
  id: string;
  sourceId: string;
  uidValidity: number;
  uid: number;
  rejectedAt: number;
}

/** R3.7: what the user deleted, so a later sync does not bring it back. */
export interface TombstoneRow {
  id: string;
  kind: 'message' | 'thread';
  /** Message-IDs covered: the message's own, or every id a deleted thread held */
  messageIds: string[];
  deletedAt: number;
}

export type DealRow = Deal;
export type LeadRow = Lead;
export type ProjectRow = Project;
export type PersonRow = Person;
export type OrganizationRow = Organization;
