/** Dates and numbers in the interface's current language (Intl), re-made when it changes. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  /** a date and time, or the text unchanged when it is not a date */
  dateTime(value: string | number | Date): string;
  number(value: number): string;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(language);
    return {
      dateTime(value) {
        const date = value instanceof Date ? value : new Date(value);
        return Number.isNaN(date.getTime()) ? String(value) : dateTime.format(date);
      },
      number: (value) => number.format(value),
    };
  }, [language]);
}
