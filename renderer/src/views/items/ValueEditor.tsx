/** A deal's value, edited in place: amount and currency; an empty amount clears it. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRow } from '../../db/records';
import { Button } from '../../components/Button';
import { useMoneyFormat } from '../../components/useMoneyFormat';
import { parseAmount } from './money';
import { MoneyFields } from './MoneyFields';
import { useMoneyDraft } from './useMoneyDraft';

export interface ValueEditorProps {
  deal: DealRow;
  onSave(value: { value?: number; currency?: string }): Promise<boolean>;
}

export function ValueEditor({ deal, onSave }: ValueEditorProps) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLSpanElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!editing && refocus) editRef.current?.querySelector('button')?.focus();
  }, [editing, refocus]);

  const stop = () => {
    setEditing(false);
    setRefocus(true);
  };

  if (editing) return <ValueForm deal={deal} onSave={onSave} onDone={stop} />;
  return (
    <div className="inline-text">
      <div className="inline-text-value" data-testid="deal-value">
        {deal.value === undefined ? <span className="muted">{t('items.notSet')}</span> : money(deal.value, deal.currency)}
      </div>
      <span ref={editRef}>
        <Button variant="quiet" className="inline-edit" aria-label={t('items.edit.named', { field: t('items.fields.value') })} onClick={() => setEditing(true)}>
          {t('items.edit.button')}
        </Button>
      </span>
    </div>
  );
}

function ValueForm({ deal, onSave, onDone }: ValueEditorProps & { onDone(): void }) {
  const { t, i18n } = useTranslation();
  const draft = useMoneyDraft(deal.value, deal.currency);
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const typeAmount = (text: string) => {
    setInvalid(false);
    draft.setAmount(text);
  };

  async function save() {
    const amount = parseAmount(draft.amount, i18n.language);
    if (amount.kind === 'invalid') return setInvalid(true);
    setSaving(true);
    const saved = await onSave(amount.kind === 'amount' ? { value: amount.value, currency: draft.currency } : {});
    setSaving(false);
    if (saved) onDone();
  }

  return (
    <div
      className="inline-text is-editing"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <MoneyFields draft={{ ...draft, setAmount: typeAmount }} error={invalid ? t('items.form.amountInvalid') : undefined} autoFocus />
      <div className="actions">
        <Button variant="primary" busy={saving} onClick={() => void save()}>
          {t('items.edit.save')}
        </Button>
        <Button onClick={onDone}>{t('common.actions.cancel')}</Button>
      </div>
    </div>
  );
}
