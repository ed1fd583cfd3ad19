/** R5.1 whether a conversation is shared or private, as a word (never colour alone). */
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../shared/domain/crm';

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  return <span className={`rec-visibility rec-visibility-${visibility}`}>{t(`items.thread.${visibility}`)}</span>;
}
