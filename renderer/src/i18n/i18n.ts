/**
 * i18next wiring: the system language by default (navigator.languages), switchable in
 * Settings; English as the fallback for any missing key. Norwegian: "no" and "nn" systems get
 * Bokmål, the only Norwegian we ship.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalog } from './catalog';
import { LANGUAGE_CODES, type Language } from './defineMessages';

export { LANGUAGE_CODES, type Language };

const ALIASES: Record<string, Language> = { no: 'nb', nn: 'nb' };

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const lang = ALIASES[base] ?? base;
    if ((LANGUAGE_CODES as readonly string[]).includes(lang)) return lang as Language;
  }
  return 'en';
}

export async function initI18n(language: Language): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(LANGUAGE_CODES.map((l) => [l, { translation: catalog[l] }])),
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
