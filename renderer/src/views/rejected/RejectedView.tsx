/**
 * R3.3–R3.5, R3.8 the Rejected list: every message the drop box received but the CRM inbox did
 * not take, newest first, with the reason in plain words; accept one to take it in after all.
 */
import { useTranslation } from 'react-i18next';
import { RejectedItem } from './RejectedItem';
import { useAdviceUser } from './useAdviceUser';
import { useRejectedRows } from './useRejectedRows';
import '../../styles/rejected.css';

export function RejectedView() {
  const { t } = useTranslation();
  const { rows, remember } = useRejectedRows();
  const user = useAdviceUser();

  return (
    <div className="rejected" data-testid="rejected-view">
      <p className="section-text">{t('rejected.intro')}</p>
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('rejected.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('shell.empty.rejected')}</p>
      ) : (
        <ul className="rejected-list" aria-label={t('shell.nav.rejected')}>
          {rows.map(({ row, captured }) => (
            <RejectedItem key={row.id} row={row} user={user} captured={captured} onAccepted={remember} />
          ))}
        </ul>
      )}
    </div>
  );
}
