/**
 * A new conversation's subject. Most have one of their own (an offer or ticket number); a few
 * use a generic subject that many threads share ("Meeting next Thursday"), which threading
 * (R9.2) must tell apart by counterparty. Without the numbers every customer's threads would
 * share a handful of subjects and the store would rightly merge them.
 */
import { type Random, pick } from '../support/random';
import type { Language } from './vocabulary';

export function threadSubject(random: Random, language: Language, index: number): string {
  const base = pick(random, language.subjects);
  return random() < 0.05 ? base : `${base} #${10_000 + index}`;
}
