/**
 * Every feature's strings, merged per language. A feature adds its file here once; its keys are
 * then used as `feature.key` (e.g. t('shell.nav.inbox')).
 */
import { LANGUAGE_CODES, type Language, type MessageTree } from './defineMessages';
import { common } from './messages/common';
import { compose } from './messages/compose';
import { firstRun } from './messages/firstRun';
import { inbox } from './messages/inbox';
import { items } from './messages/items';
import { linkPanel } from './messages/linkPanel';
import { outbox } from './messages/outbox';
import { rejected } from './messages/rejected';
import { settings } from './messages/settings';
import { shell } from './messages/shell';
import { thread } from './messages/thread';

const features = { shell, common, settings, firstRun, compose, outbox, items, rejected, inbox, thread, linkPanel } as const;

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
