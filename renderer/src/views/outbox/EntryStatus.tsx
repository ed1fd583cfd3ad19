/** One entry's state in words, with the server's own words where it gave any (R2.6). */
import { useTranslation } from 'react-i18next';
import type { SendError } from '../../../../shared/rules/send/outboxEntry';
import { StatusBadge } from '../../components/StatusBadge';
import { useShortDate } from '../../components/useShortDate';
import { serverWords, type EntryState } from './entryState';

/** the server's own words when it gave any, else the send error's code in the words of the one table (i18n errors) */
function ErrorWords({ error }: { error: SendError }) {
  const { t } = useTranslation();
  const words = serverWords(error);
  return words ? (
    <p className="outbox-entry-detail">
      {t('outbox.serverSaid')} <q className="outbox-server-words">{words}</q>
    </p>
  ) : (
    <p className="outbox-entry-detail">{t(`errors.${error.code}`)}</p>
  );
}

export function EntryStatus({ state }: { state: EntryState }) {
  const { t } = useTranslation();
  const when = useShortDate();
  switch (state.kind) {
    case 'sending':
      return <StatusBadge tone="busy">{t('outbox.state.sending')}</StatusBadge>;
    case 'verifying':
      return (
        <>
          <StatusBadge tone="busy">{t('outbox.state.verifying')}</StatusBadge>
          <p className="outbox-entry-detail">{t('outbox.state.verifyingHint')}</p>
        </>
      );
    case 'waiting':
      return (
        <>
          <StatusBadge tone={state.lastError ? 'warning' : 'neutral'}>
            {state.nextAttemptAt !== undefined && state.lastError
              ? t('outbox.state.waitingUntil', { time: when(state.nextAttemptAt) })
              : t('outbox.state.waiting')}
          </StatusBadge>
          {state.lastError && <ErrorWords error={state.lastError} />}
        </>
      );
    case 'failed':
      return (
        <>
          <StatusBadge tone="error">{t('outbox.state.failed')}</StatusBadge>
          {state.error && <ErrorWords error={state.error} />}
          <p className="outbox-entry-detail outbox-entry-advice">{t('outbox.state.failedAdvice')}</p>
        </>
      );
    case 'sent':
      return (
        <>
          <StatusBadge tone={state.crmRefused !== undefined || state.othersRefused.length > 0 ? 'warning' : 'ok'}>
            {state.crmRefused !== undefined
              ? t('outbox.state.sentCrmRefused')
              : state.sentAt !== undefined
                ? t('outbox.state.sentAt', { time: when(state.sentAt) })
                : t('outbox.state.sent')}
          </StatusBadge>
          {state.crmRefused !== undefined && (
            <p className="outbox-entry-detail">
              {t('outbox.serverSaid')} <q className="outbox-server-words">{state.crmRefused}</q>
            </p>
          )}
          {state.othersRefused.map((r) => (
            <p key={r.address} className="outbox-entry-detail">
              {t('outbox.state.recipientRefused', { address: r.address })} <q className="outbox-server-words">{r.text}</q>
            </p>
          ))}
        </>
      );
  }
}
