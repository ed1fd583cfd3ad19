/** A new item's title from the mail's subject: without "Re:", "Fwd:", "AW:"... in front (R9.2 list). */
import { ALL_SUBJECT_PREFIXES } from '../../../../shared/rules/subjectPrefixes';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX = new RegExp(`^(?:${ALL_SUBJECT_PREFIXES.map(escape).join('|')})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*`, 'iu');

export function titleFromSubject(subject: string): string {
  let rest = subject.replace(/\s+/gu, ' ').trim();
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(PREFIX, '');
  }
  return rest.slice(0, 500);
}
