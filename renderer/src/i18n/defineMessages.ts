/**
 * Each feature keeps its strings in one file, all five languages side by side (R10.3), so a
 * new string cannot be added in English alone: the type demands every language, with the same
 * keys; test/unit/i18n checks the same at run time.
 */
export const LANGUAGE_CODES = ['en', 'de', 'sv', 'it', 'nb'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Same keys as T, any strings. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export function defineMessages<T extends MessageTree>(messages: { en: T } & { [L in Exclude<Language, 'en'>]: SameKeys<T> }) {
  return messages;
}
