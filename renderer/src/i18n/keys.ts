/**
 * Translation keys are checked at compile time: i18next's `t()` (and react-i18next's) accepts
 * only keys that exist in the English strings, so a wrong key fails `tsc -b`
 * (test/unit/i18n/keys.test.ts proves it).
 */
import type { ParseKeys } from 'i18next';
import type { Messages } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}

/** A key t() accepts. */
export type MessageKey = ParseKeys;
