/** Deterministic keys of rows that are identified by where a message lives on a server. */
import type { SourceRef } from '../../../shared/domain/mail';
import type { SourceUidKey } from '../db/database';

export function sourceUidKey(source: SourceRef): SourceUidKey {
  return [source.sourceId, source.uidValidity, source.uid];
}

/** The same key as one string, for maps. */
export function sourceKeyString(source: SourceRef): string {
  return JSON.stringify(sourceUidKey(source));
}

/** R3.8: one Rejected row per (source, UIDVALIDITY, UID), so a re-delivered refusal is the same row. */
export function rejectedRowId(source: SourceRef): string {
  return `${source.sourceId}|${source.uidValidity}|${source.uid}`;
}
