/** A record that was deleted meanwhile, or that the viewer may not see (R5.1: not told apart). */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';

export function MissingRecord({ backLabel, onBack }: { backLabel: string; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <div className="record">
      <Notice tone="info" announce="status" title={t('items.missing.title')}>
        <p>{t('items.missing.text')}</p>
      </Notice>
      <div className="actions record-missing-actions">
        <Button onClick={onBack}>
          <span aria-hidden="true">←</span>
          {backLabel}
        </Button>
      </div>
    </div>
  );
}
