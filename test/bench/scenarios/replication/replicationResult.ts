/** R8.3 what the replication scenario measured (either part may be missing when it failed). */
import type { ReplicationLatencyResult } from './changeLatencyRun';
import type { RestoreResult } from './restoreRun';

export interface ReplicationResult {
  latency?: ReplicationLatencyResult;
  restore?: RestoreResult;
}
