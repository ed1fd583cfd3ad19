/**
 * Deal values as people type them: "12.000,50" in German, "12,000.50" in English, "12 000,50"
 * in Swedish — parsed with the separators Intl uses for the language. Currencies are ISO 4217
 * codes, named in the interface's language.
 */

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD', 'JPY'] as const;

const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  LI: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  CA: 'CAD',
  AU: 'AUD',
  JP: 'JPY',
};

/** The currency of the user's region (navigator.language), euro otherwise. */
export function defaultCurrency(locales: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string {
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region !== undefined) return REGION_CURRENCY[region] ?? 'EUR';
    } catch {
      // handled: not a locale tag: try the next one
    }
  }
  return 'EUR';
}

export interface CurrencyOption {
  value: string;
  label: string;
}

/** Common currencies plus `current`, each as "EUR – Euro" in the interface's language. */
export function currencyOptions(language: string, current?: string): CurrencyOption[] {
  const names = new Intl.DisplayNames([language], { type: 'currency' });
  const codes = current && !(COMMON_CURRENCIES as readonly string[]).includes(current) ? [...COMMON_CURRENCIES, current] : [...COMMON_CURRENCIES];
  return codes.map((code) => ({ value: code, label: `${code} – ${names.of(code) ?? code}` }));
}

function separators(language: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

export type ParsedAmount = { kind: 'empty' } | { kind: 'amount'; value: number } | { kind: 'invalid' };

/** An amount typed in `language`'s notation; a plain "12000.5" is understood everywhere. */
export function parseAmount(text: string, language: string): ParsedAmount {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const { group, decimal } = separators(language);
  let normalized = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  const lastDecimal = normalized.lastIndexOf(decimal);
  const onlyDotDecimal = decimal !== '.' && lastDecimal < 0 && /^\d+\.\d{1,2}$/.test(normalized);
  if (!onlyDotDecimal) {
    if (group.trim() !== '') normalized = normalized.split(group).join('');
    if (decimal !== '.') normalized = normalized.replace(decimal, '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { kind: 'invalid' };
  const value = Number(normalized);
  return Number.isFinite(value) && value >= 0 ? { kind: 'amount', value } : { kind: 'invalid' };
}

/** How an amount is shown in an input for editing: no grouping, the language's decimal sign. */
export function amountForInput(value: number | undefined, language: string): string {
  if (value === undefined) return '';
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 2 }).format(value);
}
