/** Amounts of money in the interface's language (Intl), in the amount's own currency. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** `money(12000, 'EUR')` → "€12,000.00" in English, "12.000,00 €" in German; no currency → a plain number. */
export function useMoneyFormat(): (value: number, currency?: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const plain = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const byCurrency = new Map<string, Intl.NumberFormat>();
    return (value, currency) => {
      if (!currency) return plain.format(value);
      let format = byCurrency.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(language, { style: 'currency', currency });
        } catch {
          // handled: not an ISO 4217 code: the plain number and the code
          return `${plain.format(value)} ${currency}`;
        }
        byCurrency.set(currency, format);
      }
      return format.format(value);
    };
  }, [language]);
}
