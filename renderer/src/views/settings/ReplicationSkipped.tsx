/**
 * R8.3: the sync folder's messages that were not applied (not Blindcopy's, unreadable, or from a
 * newer Blindcopy), with why and when they were found: never ignored silently. Nothing when none.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { useCrmStore } from '../../session/sessionContext';

export function ReplicationSkipped({ folder }: { folder: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const store = useCrmStore();
  const rows = useLiveQuery(() => store.replication.skippedMessages(), [store]);
  if (!rows || rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => b.at - a.at || b.uid - a.uid);
  return (
    <div className="replication-skipped" data-testid="replication-skipped">
      <h3>{t('settings.replication.skippedTitle')}</h3>
      <p className="field-hint">{t('settings.replication.skippedIntro', { folder })}</p>
      <ul>
        {sorted.map((row) => (
          <li key={row.uid} data-testid="replication-skipped-row" data-reason={row.reason}>
            <span className="skipped-reason">{t(`settings.replication.skippedReason.${row.reason}`)}</span>
            <span className="field-hint">
              {t('settings.replication.skippedItem', { uid: row.uid })} · {t('settings.replication.skippedAt', { time: format.dateTime(row.at) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
