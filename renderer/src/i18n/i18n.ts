/**
 * i18next wiring: the system language by default (navigator.languages), switchable in
 * Settings, where the choice is kept in localStorage and wins over the system at the next start;
 * English as the fallback for any missing key. Norwegian: "no" and "nn" systems get Bokmål, the
 * only Norwegian we ship. Each language's strings are loaded when first used (languages.ts):
 * `initI18n` resolves once the chosen language and English are in, and main.tsx renders only
 * then; `switchLanguage` resolves once the new language is in.
 */
import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import './keys';
import { isLanguage, LANGUAGE_CODES, loadMessages, type Language } from './languages';

export { LANGUAGE_CODES, type Language };

const ALIASES: Record<string, Language> = { no: 'nb', nn: 'nb' };

/** Where the language chosen in Settings is kept; absent means "follow the system". */
export const LANGUAGE_STORAGE_KEY = 'blindcopy.language';

export { isLanguage };

/** The language chosen in Settings, if any (undefined where there is no storage, e.g. in Node). */
export function savedLanguage(): Language | undefined {
  try {
    const value = typeof window === 'undefined' ? null : window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // handled: storage refused: follow the system
    return undefined;
  }
}

/** Keeps the choice for the next start; undefined forgets it (follow the system again). */
export function saveLanguage(language: Language | undefined): void {
  try {
    if (language) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    else window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // handled: storage refused: the choice holds until the window closes
  }
}

/** The saved choice if there is one, else the first of the system's languages we ship. */
export function pickLanguage(preferred: readonly string[], saved: Language | undefined = savedLanguage()): Language {
  if (saved) return saved;
  return systemLanguage(preferred);
}

/** The first of the system's languages we ship, English if none. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const lang = ALIASES[base] ?? base;
    if (isLanguage(lang)) return lang;
  }
  return 'en';
}

export async function initI18n(language: Language): Promise<i18n> {
  await i18next
    .use(resourcesToBackend((lng: string) => (isLanguage(lng) ? loadMessages[lng]().then((m) => m.default) : Promise.resolve({}))))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
