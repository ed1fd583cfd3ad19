/** R10.3: no string left untranslated: every language has exactly the English keys, none empty. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, pickLanguage } from '../../../renderer/src/i18n/i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function values(obj: object): unknown[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v]));
}

describe('R10.3 translations', () => {
  const reference = keys(LANGUAGES.en).sort();
  it.each(Object.keys(LANGUAGES))('%s has exactly the English keys, all non-empty strings', (lang) => {
    const messages = LANGUAGES[lang as keyof typeof LANGUAGES];
    expect(keys(messages).sort()).toEqual(reference);
    for (const v of values(messages)) expect(typeof v === 'string' && v.trim().length > 0).toBe(true);
  });

  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['fr-FR', 'en-GB'], 'en'],
    [['xx'], 'en'],
    [[], 'en'],
  ])('R10.3 follows the system language %j → %s', (preferred, lang) => {
    expect(pickLanguage(preferred)).toBe(lang);
  });
});
