/**
 * The languages we ship (R10.3) and how each one's strings are loaded. Every language's strings
 * are a module of their own (messages/<language>/), typed as English's shape, so a key missing or
 * extra in one language fails the type-check (test/unit/i18n checks the same at run time), and
 * Vite puts each language in its own chunk: only the language in use (and English, the fallback)
 * is loaded.
 */
import type { English } from './messages/en';

export const LANGUAGE_CODES = ['en', 'de', 'sv', 'it', 'nb'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

export type Messages = English;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  sv: 'Svenska',
  it: 'Italiano',
  nb: 'Norsk (bokmål)',
};

/** One dynamic import per language, so each is a chunk of its own. */
export const loadMessages: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en'),
  de: () => import('./messages/de'),
  sv: () => import('./messages/sv'),
  it: () => import('./messages/it'),
  nb: () => import('./messages/nb'),
};
