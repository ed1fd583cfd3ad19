import { useTranslation } from 'react-i18next';

/** Placeholder until the rejected list lands: the empty state. */
export function RejectedView() {
  const { t } = useTranslation();
  return <p className="empty-state">{t('shell.empty.rejected')}</p>;
}
