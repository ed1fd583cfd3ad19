/** What a list, a section or a page of the items views shows until its first data is in. */
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" aria-busy="true">
      {t('items.loading')}
    </p>
  );
}
