/**
 * Words for the search index: lower-case, accents folded, split on anything that is not a letter
 * or digit; e-mail addresses also indexed whole and by local part and domain. Short and very
 * common words add nothing but index size.
 */
const MIN_LENGTH = 2;
const MAX_WORDS = 400;

export function searchWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = new Set<string>();
  for (const address of folded.match(/[^\s<>()"',;]+@[^\s<>()"',;]+\.[a-z]{2,}/g) ?? []) {
    words.add(address);
  }
  for (const w of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= MIN_LENGTH) words.add(w);
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}
