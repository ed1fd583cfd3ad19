/**
 * R10.4: which mail sources have stopped, why (a failure code, worded by the errors table) and
 * what the user can do — from what the capture sources last reported and whether capture
 * started at all. Pure, so the mapping is tested without a page.
 *
 * A source in 'error' has stopped for a reason the user may have to fix (wrong password,
 * certificate changed, folder gone, the fetching worker crashed, the store refused a batch).
 * 'offline' is not listed here: the offline note speaks for it and main retries by itself.
 * The sync folder's source (R8.3) is left to the replication note, which says the same thing for
 * the copy of the CRM on the server.
 */
import { FailureCodeSchema, type FailureCode } from '../../../../../shared/failures/failureCodes';
import type { SourceProgress } from '../../../../../shared/domain/capture';
import { isReplicaSource } from '../../../../../shared/domain/replication';

/** what the user can do about it; each has its words and, where it helps, a Settings section */
export type TroubleFix = 'password' | 'certificate' | 'folder' | 'wait' | 'restart' | 'disk';

export interface SourceTrouble {
  /** the source's id, or 'start' when capture did not start at all */
  sourceId: string;
  /** whose mail stopped: the drop box, one synced folder, or everything (capture did not start) */
  source: { kind: 'dropbox' } | { kind: 'sync'; folder: string } | { kind: 'all' };
  reason: FailureCode;
  fix: TroubleFix;
  /** the Settings section where the fix is made, if any */
  settingsSection?: 'account' | 'sync';
  /** epoch ms of main's next attempt by itself, when it makes one */
  retryAt?: number;
}

export interface CaptureStart {
  state: 'idle' | 'running' | 'not-configured' | 'no-password' | 'failed';
  /** why capture:start failed (state 'failed') */
  failure?: FailureCode;
}

const WORKER_REASONS = new Set(['worker-crashed', 'worker-out-of-memory', 'worker-hung', 'worker-invalid-message']);

/** A source's reason (a connection failure code, 'store-failed', 'worker-…') as a failure code. */
export function sourceReasonCode(reason: string | undefined): FailureCode {
  if (reason === undefined) return 'internal';
  if (WORKER_REASONS.has(reason)) return 'capture-crashed';
  if (reason === 'no-password') return 'not-configured';
  const parsed = FailureCodeSchema.safeParse(reason);
  return parsed.success ? parsed.data : 'internal';
}

export function fixFor(reason: FailureCode): TroubleFix {
  switch (reason) {
    case 'auth-failed':
    case 'not-configured':
    case 'keychain-unavailable':
      return 'password';
    case 'tls-untrusted':
    case 'tls-failed':
    case 'starttls-missing':
      return 'certificate';
    case 'mailbox-missing':
      return 'folder';
    case 'store-failed':
      return 'disk';
    case 'capture-crashed':
    case 'internal':
      return 'restart';
    default:
      return 'wait';
  }
}

function sourceOf(sourceId: string): SourceTrouble['source'] {
  if (sourceId.startsWith('sync:')) return { kind: 'sync', folder: sourceId.slice('sync:'.length) };
  return { kind: 'dropbox' };
}

function sectionFor(fix: TroubleFix, source: SourceTrouble['source']): SourceTrouble['settingsSection'] {
  if (fix === 'password' || fix === 'certificate') return 'account';
  if (fix === 'folder') return source.kind === 'sync' ? 'sync' : 'account';
  return undefined;
}

function trouble(sourceId: string, source: SourceTrouble['source'], reason: FailureCode, retryAt: number | undefined): SourceTrouble {
  const fix = fixFor(reason);
  const section = sectionFor(fix, source);
  return { sourceId, source, reason, fix, ...(section === undefined ? {} : { settingsSection: section }), ...(retryAt === undefined ? {} : { retryAt }) };
}

/**
 * The stopped sources, the drop box first, then the synced folders by name. A worker that
 * crashed stops every source with the same reason: that is one trouble ('all'), not one per folder.
 */
export function sourceTroubles(sources: Record<string, SourceProgress>, start: CaptureStart): SourceTrouble[] {
  if (start.state === 'failed') return [trouble('start', { kind: 'all' }, start.failure ?? 'internal', undefined)];
  if (start.state === 'no-password') return [trouble('start', { kind: 'all' }, 'not-configured', undefined)];
  if (start.state !== 'running') return [];
  const stopped = Object.values(sources).filter((s) => s.state === 'error' && !isReplicaSource(s.sourceId));
  const crashed = stopped.find((s) => sourceReasonCode(s.reason) === 'capture-crashed');
  if (crashed) return [trouble('start', { kind: 'all' }, 'capture-crashed', crashed.retryAt)];
  return stopped
    .map((s) => trouble(s.sourceId, sourceOf(s.sourceId), sourceReasonCode(s.reason), s.retryAt))
    .sort((a, b) => (a.source.kind === 'dropbox' ? -1 : b.source.kind === 'dropbox' ? 1 : a.sourceId.localeCompare(b.sourceId)));
}
