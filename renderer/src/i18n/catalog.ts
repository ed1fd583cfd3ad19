/**
 * Every language's strings at once, for the tests that compare them (test/unit/i18n). The app
 * does not import this: it loads one language at a time (languages.ts).
 */
import type { Language, Messages } from './languages';
import de from './messages/de';
import en from './messages/en';
import it from './messages/it';
import nb from './messages/nb';
import sv from './messages/sv';

export type Catalog = Record<Language, Messages>;

export const catalog: Catalog = { en, de, sv, it, nb };
