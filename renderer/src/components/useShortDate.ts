/**
 * Dates as a mail list shows them, in the interface's language (Intl): the time for today, day
 * and month this year, the full date before that.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useShortDate(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    const dayMonth = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
    const full = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return (value) => {
      const date = new Date(value);
      const today = new Date();
      if (date.toDateString() === today.toDateString()) return time.format(date);
      if (date.getFullYear() === today.getFullYear()) return dayMonth.format(date);
      return full.format(date);
    };
  }, [language]);
}
