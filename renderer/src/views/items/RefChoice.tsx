/** A person or organization chosen in a form: shown with a remove button, or the picker to choose one. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

export interface RefChoiceProps {
  label: string;
  chosen: { name: string } | undefined;
  onClear(): void;
  /** the picker, shown while nothing is chosen */
  children: ReactNode;
}

export function RefChoice({ label, chosen, onClear, children }: RefChoiceProps) {
  const { t } = useTranslation();
  if (!chosen) return <>{children}</>;
  return (
    <div className="field ref-choice">
      <span className="ref-choice-label">{label}</span>
      <span className="ref-chip">
        {chosen.name}
        <Button variant="quiet" className="ref-chip-remove" aria-label={t('items.form.clear', { field: label, name: chosen.name })} onClick={onClear}>
          <span aria-hidden="true">×</span>
        </Button>
      </span>
    </div>
  );
}
