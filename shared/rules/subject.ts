/**
 * R9.2 subject normalization: the thread's `subjectKey`. Two subjects of one conversation must
 * give the same key whatever clients, languages and gateways touched them on the way:
 * "AW: WG: Angebot", "Re: Angebot" and "Angebot" are all `angebot`.
 *
 * Steps: Unicode NFKC (full-width colons and letters become ASCII); whitespace collapsed; then,
 * repeatedly from the start: reply/forward prefixes of SUBJECT_PREFIXES with an optional count
 * ("Re[2]:", "RE(3):", "Re^2:", "Re 2:" is NOT one) and an optional dot ("Redir.:") before a
 * colon; external-sender tags ("[EXT]"); the old "[Fwd: ...]" wrapper; and a trailing "(fwd)".
 * Other bracketed tags at the start ("[acme-list]") are kept but the prefixes after them are still
 * stripped, so "[list] Re: x" and "Re: [list] x" agree. Finally lower-case.
 *
 * Not a prefix: anything without the colon ("Re-design plan", "Fwd to legal", "R&D: budget" —
 * "R&D" is not "R" + count). Accepted over-stripping: a subject that itself begins with a listed
 * word and a colon ("PD: new hire") loses it — harmless, because every message of that
 * conversation loses the same word.
 */
import { ALL_SUBJECT_PREFIXES, EXTERNAL_SENDER_TAGS } from './subjectPrefixes';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A prefix, an optional count, an optional dot, a colon, and the spaces around them. */
const PREFIX = new RegExp(
  `^(?:${ALL_SUBJECT_PREFIXES.map(escapeRegExp).join('|')})` +
    String.raw`\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*\.?\s*:\s*`,
  'iu',
);

/** "[EXT]", "(External)", "[EXTERNAL]:" ... */
const EXTERNAL_TAG = new RegExp(
  String.raw`^[\[(]\s*(?:${EXTERNAL_SENDER_TAGS.map((t) => escapeRegExp(t).replace(/ /g, String.raw`\s+`)).join('|')})\s*[\])]\s*:?\s*`,
  'iu',
);

/** The Netscape/old-Thunderbird forward wrapper around the whole subject: "[Fwd: Angebot]". */
const FORWARD_WRAPPER = /^\[\s*(?:fwd?|fw)\s*:\s*(.*)\]$/iu;

/** Any other leading bracketed tag: kept in the key, but what follows is still examined. */
const OTHER_TAG = /^\[[^\]]*\]\s*/u;

const TRAILING_FWD = /\s*\(fwd\)$/iu;

/** The normalized subject: the key under which R9.2 looks for a thread to join. */
export function normalizeSubject(subject: string): string {
  let rest = subject.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const keptTags: string[] = [];
  for (;;) {
    const before = rest;
    const wrapped = FORWARD_WRAPPER.exec(rest);
    if (wrapped) rest = (wrapped[1] ?? '').trim();
    rest = rest.replace(PREFIX, '').replace(EXTERNAL_TAG, '').replace(TRAILING_FWD, '');
    if (rest === before) {
      const tag = OTHER_TAG.exec(rest);
      // A tag followed by nothing is the subject itself ("[urgent]"), not a tag on it.
      if (!tag || tag[0].length === rest.length) break;
      const text = tag[0].trim().toLowerCase();
      if (!keptTags.includes(text)) keptTags.push(text);
      rest = rest.slice(tag[0].length);
    }
  }
  return [...keptTags, rest].join(' ').trim().toLowerCase();
}
