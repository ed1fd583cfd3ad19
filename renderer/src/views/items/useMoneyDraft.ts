/** What is typed for a deal's value: the amount as text and its currency. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amountForInput, defaultCurrency } from './money';

export interface MoneyDraft {
  amount: string;
  currency: string;
  setAmount(text: string): void;
  setCurrency(code: string): void;
}

export function useMoneyDraft(value: number | undefined, currency: string | undefined): MoneyDraft {
  const { i18n } = useTranslation();
  const [amount, setAmount] = useState(() => amountForInput(value, i18n.language));
  const [code, setCurrency] = useState(() => currency ?? defaultCurrency());
  return { amount, currency: code, setAmount, setCurrency };
}
