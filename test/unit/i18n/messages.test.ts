/** R10.3: no string left untranslated: every language has exactly the English keys, none empty. */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { LANGUAGE_CODES, pickLanguage } from '../../../renderer/src/i18n/i18n';
import { FailureCodeSchema } from '../../../shared/failures/failureCodes';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function leaves(obj: object): unknown[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v]));
}
function placeholders(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? placeholders(v, `${prefix}${k}.`) : [`${prefix}${k}:${[...String(v).matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort().join(',')}`],
  );
}

describe('R10.3 translations', () => {
  const reference = keys(catalog.en).sort();

  it('ships English, German, Swedish, Italian and Norwegian (Bokmål)', () => {
    expect([...LANGUAGE_CODES].sort()).toEqual(['de', 'en', 'it', 'nb', 'sv']);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s has exactly the English keys, all non-empty strings, same placeholders', (lang) => {
    const messages = catalog[lang];
    expect(keys(messages).sort()).toEqual(reference);
    for (const v of leaves(messages)) expect(typeof v === 'string' && v.trim().length > 0).toBe(true);
    expect(placeholders(messages).sort()).toEqual(placeholders(catalog.en).sort());
  });

  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['sv-SE'], 'sv'],
    [['it-IT'], 'it'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['fr-FR', 'en-GB'], 'en'],
    [['xx'], 'en'],
    [[], 'en'],
  ])('R10.3 follows the system language %j → %s', (preferred, lang) => {
    expect(pickLanguage(preferred)).toBe(lang);
  });
});

describe('R10.3 the failure table has words', () => {
  it('every failure code (shared/failures) has words in every language, and nothing else is in errors', () => {
    for (const lang of LANGUAGE_CODES) expect(Object.keys(catalog[lang].errors).sort()).toEqual([...FailureCodeSchema.options].sort());
  });
});
