/** A deal's value: the amount and its currency, side by side. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { currencyOptions } from './money';
import type { MoneyDraft } from './useMoneyDraft';

export function MoneyFields({ draft, error, autoFocus }: { draft: MoneyDraft; error?: ReactNode; autoFocus?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="money-fields">
      <Field
        label={t('items.fields.value')}
        className="money-amount"
        inputMode="decimal"
        value={draft.amount}
        onChange={(e) => draft.setAmount(e.target.value)}
        error={error}
        autoFocus={autoFocus}
      />
      <SelectField
        label={t('items.fields.currency')}
        className="money-currency"
        value={draft.currency}
        onChange={draft.setCurrency}
        options={currencyOptions(i18n.language, draft.currency)}
      />
    </div>
  );
}
