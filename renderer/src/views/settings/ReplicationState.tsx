/**
 * Where the copy on the mail server stands (R10.4): one line in plain words; when changes cannot
 * get there, why (the failure's words from the errors table), when Blindcopy tries again or what
 * to fix, and "Retry now".
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useShortDate } from '../../components/useShortDate';
import { useSession } from '../../session/sessionContext';
import { useSyncStore } from '../../session/syncState';
import { useFailureText } from '../common/failureText';
import type { ReplicationSummary } from '../common/replication/replicationSummary';

const TONES: Record<ReplicationSummary['kind'], StatusTone> = {
  unknown: 'busy',
  off: 'neutral',
  connecting: 'busy',
  saved: 'ok',
  waiting: 'busy',
  offline: 'warning',
  error: 'error',
};

export function ReplicationState({ enabled, summary: given }: { enabled: boolean; summary: ReplicationSummary }) {
  const { t } = useTranslation();
  // a time today ("21:45"), a date before that
  const when = useShortDate();
  const session = useSession();
  const savedAt = useSyncStore((s) => s.replicationSavedAt);
  const retry = useAsyncAction();
  const failureText = useFailureText();
  // main reports 'disabled' until the saved switch reaches it: the switch is what the user set
  const summary: ReplicationSummary = !enabled ? { kind: 'off' } : given.kind === 'off' ? { kind: 'unknown' } : given;

  function words(): string {
    switch (summary.kind) {
      case 'unknown':
        return t('settings.replication.unknown');
      case 'off':
        return t('settings.replication.off');
      case 'connecting':
        return t('settings.replication.connecting');
      case 'saved':
        return t('settings.replication.saved');
      case 'waiting':
        return t('settings.replication.waiting', { count: summary.pending });
      case 'offline':
        return summary.pending > 0 ? t('settings.replication.offlineWaiting', { count: summary.pending }) : t('settings.replication.offline');
      case 'error':
        return summary.pending > 0 ? t('settings.replication.errorWaiting', { count: summary.pending }) : t('settings.replication.error');
    }
  }

  const trouble = summary.kind === 'offline' || summary.kind === 'error' ? summary : undefined;
  return (
    <div className="replication-state" data-testid="replication-state" data-state={summary.kind}>
      <p role="status">
        <span className="visually-hidden">{t('settings.replication.stateLabel')}: </span>
        <StatusBadge tone={TONES[summary.kind]}>{words()}</StatusBadge>
      </p>
      {trouble && (
        <div className="replication-trouble" data-testid="replication-trouble">
          <p>{t('settings.replication.reason', { reason: t(`errors.${trouble.reason}`) })}</p>
          <p className="field-hint">
            {trouble.retryAt !== undefined ? t('settings.replication.nextTry', { time: when(trouble.retryAt) }) : t('settings.replication.fixThenRetry')}
          </p>
          <div className="actions">
            <Button busy={retry.busy} onClick={() => void retry.run(() => session.retryReplication())}>
              {t('settings.replication.retry')}
            </Button>
          </div>
          {retry.error !== undefined && (
            <p className="field-error" role="alert">
              {failureText(retry.error)}
            </p>
          )}
        </div>
      )}
      {enabled && savedAt !== undefined && <p className="field-hint">{t('settings.replication.lastSaved', { time: when(savedAt) })}</p>}
    </div>
  );
}
