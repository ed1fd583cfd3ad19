/**
 * Hands main the words it shows (notifications, Help menu) in the language in use: once the app
 * is up, and again whenever the language changes (i18n/mainWords.ts builds them).
 */
import i18next from 'i18next';
import { useEffect } from 'react';
import { api } from '../api/api';
import { reportError } from '../api/reportError';
import type { Messages } from '../i18n/languages';
import { mainWords } from '../i18n/mainWords';

function send(): void {
  const messages = i18next.getResourceBundle(i18next.resolvedLanguage ?? i18next.language, 'translation') as Messages | undefined;
  if (!messages) return;
  void api()
    .invoke('app:setWords', { words: mainWords(messages) })
    .catch((err: unknown) => reportError('main words', err));
}

export function useMainWords(): void {
  useEffect(() => {
    send();
    i18next.on('languageChanged', send);
    return () => i18next.off('languageChanged', send);
  }, []);
}
