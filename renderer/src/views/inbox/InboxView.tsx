import { useTranslation } from 'react-i18next';

/** Placeholder until the inbox lands: the empty state. */
export function InboxView() {
  const { t } = useTranslation();
  return <p className="empty-state">{t('shell.empty.inbox')}</p>;
}
