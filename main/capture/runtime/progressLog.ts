/**
 * R10.4: every source that stops (error, offline) or comes back is written to main's log once
 * per change, not once per retry, so a support log tells what the sidebar told the user. Only
 * the source id (a folder name or 'dropbox': logId refuses one that is not a plain token) and the
 * reason code: never an address or a message.
 */
import type { SourceProgress } from '../../../shared/domain/capture';
import { logCode, logId } from '../../platform/log/logFields';
import type { Logger } from '../../platform/ports';

export function sourceProgressLog(logger: Logger): (progress: SourceProgress) => void {
  /** the trouble each source last reported, as "state reason" */
  const last = new Map<string, string>();
  return (progress) => {
    const trouble = progress.state === 'error' || progress.state === 'offline' ? `${progress.state} ${progress.reason ?? 'unknown'}` : undefined;
    const before = last.get(progress.sourceId);
    if (trouble !== undefined && trouble !== before) {
      last.set(progress.sourceId, trouble);
      logger.warn('capture.source-state', { id: logId(progress.sourceId), kind: logCode(progress.state), code: logCode(progress.reason ?? 'unknown') });
    } else if (trouble === undefined && before !== undefined && (progress.state === 'syncing' || progress.state === 'idle')) {
      last.delete(progress.sourceId);
      logger.info('capture.source-recovered', { id: logId(progress.sourceId), kind: logCode(before.split(' ')[0] ?? 'unknown') });
    }
  };
}
