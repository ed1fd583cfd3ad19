/**
 * The people a salesperson writes to: a few hundred customers at a few dozen companies, each
 * with a language, so a thread's subject and text match who it is with. Pure: the store page
 * uses the same people.
 */
import { type Random, pick } from '../support/random';
import { COMPANIES, FIRST_NAMES, LANGUAGES, LAST_NAMES, type LanguageCode } from './vocabulary';

export interface Counterparty {
  name: string;
  /** lower-case, ASCII: what the store keys persons by */
  address: string;
  company: string;
  language: LanguageCode;
}

/** ASCII for an address: Jörg → jorg, Sørensen → sorensen, Weiß → weiss. */
export function asciiFold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function companyDomain(company: string): string {
  return `${asciiFold(company)}.example`;
}

export function makeCounterparties(random: Random, count: number): Counterparty[] {
  const seen = new Set<string>();
  const out: Counterparty[] = [];
  while (out.length < count) {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const company = pick(random, COMPANIES);
    // Several people of one name exist; the address tells them apart, as in real life.
    const base = `${asciiFold(first)}.${asciiFold(last)}`;
    let address = `${base}@${companyDomain(company)}`;
    for (let n = 2; seen.has(address); n++) address = `${base}${n}@${companyDomain(company)}`;
    seen.add(address);
    out.push({ name: `${first} ${last}`, address, company, language: pick(random, LANGUAGES).code });
  }
  return out;
}
