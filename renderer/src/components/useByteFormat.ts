/**
 * Message and attachment sizes in the interface's language ("1 kB", "12 kB", "3.4 MB", Intl
 * units), in binary megabytes as mail software counts them: the capture limit (R2.5) is
 * 20 × 1024 × 1024 bytes, "20 MB", so a message and the limit are counted the same way.
 * (useFileSize counts in thousands, which would call that limit "21 MB".)
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const KB = 1024;
const MB = 1024 * 1024;

export function useByteFormat(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const unit = (name: string, digits: number) => new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
    const kilobytes = unit('kilobyte', 0);
    const megabytes = unit('megabyte', 1);
    // under 1 kB reads as "1 kB" ("23 byte" is what Intl says in English, and nobody needs it)
    return (n: number) => (n <= 0 ? kilobytes.format(0) : n < MB ? kilobytes.format(Math.max(1, Math.round(n / KB))) : megabytes.format(n / MB));
  }, [language]);
}
