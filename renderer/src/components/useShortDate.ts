/**
 * Dates as a mail list shows them, in the interface's language (Intl): the time for today, day
 * and month this year, the full date before that.
 */
import { useTranslation } from 'react-i18next';

type ShortDate = (value: number) => string;

/**
 * One formatter per language for the whole interface, not one per row: building an
 * Intl.DateTimeFormat costs far more than formatting with it, and list rows mount by the dozen
 * while a first sync adds threads (the cold-mirror profile showed their construction).
 */
const byLanguage = new Map<string, ShortDate>();

export function shortDateFor(language: string): ShortDate {
  const known = byLanguage.get(language);
  if (known !== undefined) return known;
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const dayMonth = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
  const full = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const format: ShortDate = (value) => {
    const date = new Date(value);
    const today = new Date();
    if (date.toDateString() === today.toDateString()) return time.format(date);
    if (date.getFullYear() === today.getFullYear()) return dayMonth.format(date);
    return full.format(date);
  };
  byLanguage.set(language, format);
  return format;
}

export function useShortDate(): ShortDate {
  const { i18n } = useTranslation();
  return shortDateFor(i18n.language);
}
