/**
 * R8.3 first run: how far the restore from the mail server has come, from the sync folder's
 * capture source (kind `replica`) as it last reported. Pure, so it is tested without a page.
 */
import type { SourceProgress } from '../../../../shared/domain/capture';
import { reasonCode } from '../common/replication/replicationSummary';
import type { FailureCode } from '../../../../shared/failures/failureCodes';

export type RestoreProgress =
  | { kind: 'starting' }
  | { kind: 'copying'; done: number; total: number }
  | { kind: 'waiting'; reason: FailureCode }
  | { kind: 'done' };

/** `replica`: the source's last report since the restore started (undefined: none yet) */
export function restoreProgressOf(replica: SourceProgress | undefined): RestoreProgress {
  if (replica === undefined) return { kind: 'starting' };
  switch (replica.state) {
    case 'connecting':
      return { kind: 'starting' };
    case 'syncing':
      return replica.total > 0 ? { kind: 'copying', done: replica.done, total: replica.total } : { kind: 'starting' };
    case 'idle':
      // the source reports idle once it has caught up with the folder and its batches are applied
      return { kind: 'done' };
    case 'offline':
      return { kind: 'waiting', reason: reasonCode(replica.reason, 'unreachable') };
    case 'error':
      return { kind: 'waiting', reason: reasonCode(replica.reason, 'internal') };
  }
}
