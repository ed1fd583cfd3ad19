/** One refused message: sender, subject, date, size, the reason in plain words, and Accept where it helps. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useByteFormat } from '../../components/useByteFormat';
import { useFormat } from '../../components/useFormat';
import type { RejectedRow } from '../../db/records';
import { useUiState } from '../../state/uiState';
import { rejectionAdvice, type AdviceUser } from '../../../../shared/rules/rejectionAdvice';
import { ADVICE_KEYS, canAccept, REASON_KEYS, settlesInSettings } from './reasons';
import { useAccept } from './useAccept';

export interface RejectedItemProps {
  row: RejectedRow;
  /** the account, to tell whether the sender looks like the user (R3.8); undefined while unknown */
  user: AdviceUser | undefined;
  /** accepted and already captured (the store no longer holds it) */
  captured: boolean;
  onAccepted(row: RejectedRow): void;
}

export function RejectedItem({ row, user, captured, onAccepted }: RejectedItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const bytes = useByteFormat();
  const subjectId = useId();
  const accepting = useAccept(row.id, onAccepted);
  const showSettings = useUiState((s) => s.showSettings);
  const advice = rejectionAdvice(row.reason, row.from, user);
  const subject = row.subject?.trim() || t('rejected.noSubject');
  const when = row.date ?? row.rejectedAt;
  const sender = row.from ? (row.from.name ? `${row.from.name} <${row.from.address}>` : row.from.address) : t('rejected.unknownSender');
  const accepted = captured || row.status === 'accepted';

  return (
    <li className="rejected-row" data-testid="rejected-row" aria-labelledby={subjectId}>
      <div className="rejected-main">
        <span id={subjectId} className="rejected-subject">
          {subject}
        </span>
        <span className="rejected-meta">
          <span className="rejected-sender">{sender}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(when).toISOString()}>{format.dateTime(when)}</time>
          <span aria-hidden="true"> · </span>
          <span>{bytes(row.size)}</span>
        </span>
        <p className="rejected-reason" data-testid="rejected-reason">
          <span className="rejected-reason-label">{t('rejected.why')}</span> {t(REASON_KEYS[row.reason])}
        </p>
        {!accepted && advice !== 'none' && (
          <p className="rejected-advice" data-testid="rejected-advice" data-advice={advice}>
            {t(ADVICE_KEYS[advice])}
          </p>
        )}
        <p className="rejected-outcome" role="status">
          {accepted && (
            <>
              <span aria-hidden="true">✓ </span>
              <span data-testid="rejected-accepted">{captured ? t('rejected.captured') : t('rejected.accepted')}</span>
            </>
          )}
        </p>
        {accepting.error !== undefined && (
          <Notice tone="error" announce="alert">
            <p>{t('rejected.acceptFailed')}</p>
          </Notice>
        )}
      </div>
      <div className="rejected-side">
        {!accepted && (
          <>
            {canAccept(row.reason) && (
              <Button busy={accepting.busy} aria-label={t('rejected.acceptNamed', { subject })} onClick={() => void accepting.accept()}>
                {t('rejected.accept')}
              </Button>
            )}
            {settlesInSettings(advice) && (
              <Button variant="quiet" onClick={() => showSettings('addresses')}>
                {t('rejected.openSettings')}
              </Button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
