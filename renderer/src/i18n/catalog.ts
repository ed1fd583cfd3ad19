/**
 * Every feature's strings, merged per language. A feature adds its file here once; its keys are
 * then used as `feature.key` (e.g. t('shell.nav.inbox')).
 */
import { LANGUAGE_CODES, type Language, type MessageTree } from './defineMessages';
import { common } from './messages/common';
import { firstRun } from './messages/firstRun';
import { settings } from './messages/settings';
import { shell } from './messages/shell';

const features = { shell, common, settings, firstRun } as const;

export type Catalog = Record<Language, MessageTree>;

export const catalog: Catalog = Object.fromEntries(
  LANGUAGE_CODES.map((lang) => [lang, Object.fromEntries(Object.entries(features).map(([name, m]) => [name, m[lang] as MessageTree]))]),
) as Catalog;

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  sv: 'Svenska',
  it: 'Italiano',
  nb: 'Norsk (bokmål)',
};
