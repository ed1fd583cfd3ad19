/**
 * Dates as messages carry them: the Date header (RFC 5322, often broken) and the localized date
 * line of an inline forwarded block ("25 October 2021 at 11:17:21 EEST"). Both return epoch
 * milliseconds or undefined; the caller decides the fallback (INTERNALDATE, then the clock).
 */

/** Zone abbreviations the forward blocks of common clients print and `Date.parse` does not know. */
const ZONES: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  WET: '+0000',
  WEST: '+0100',
  BST: '+0100',
  MSK: '+0300',
  JST: '+0900',
  KST: '+0900',
  AEST: '+1000',
  AEDT: '+1100',
  NZST: '+1200',
  NZDT: '+1300',
};

/** Parenthesized comments, which RFC 5322 allows almost anywhere in a date. */
function withoutComments(value: string): string {
  return value.replace(/\([^()]*\)/gu, ' ');
}

function parsed(value: string): number | undefined {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The Date header's value; undefined when it does not say a date. */
export function parseMailDate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const cleaned = withoutComments(value).replace(/\s+/gu, ' ').trim();
  if (cleaned === '') return undefined;
  return parsed(cleaned);
}

/**
 * Best effort for a forwarded block's date line. English and numeric-zone forms are read; a
 * purely numeric day/month date ("02/10/2023") is not, because the order of day and month
 * depends on the sender's locale and a wrong guess is worse than the fallback.
 */
export function parseLooseDate(value: string | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  let text = withoutComments(value).replace(/\s+/gu, ' ').trim();
  if (text === '' || /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/u.test(text)) return undefined;
  text = text
    .replace(/,?\s+at\s+/iu, ' ')
    .replace(/\bUTC\s*([+-])(\d{1,2})(?::?(\d{2}))?\b/u, (_m, sign: string, h: string, m: string | undefined) => `${sign}${h.padStart(2, '0')}${m ?? '00'}`)
    .replace(/\b([A-Z]{3,4})$/u, (zone: string) => ZONES[zone] ?? zone);
  return parsed(text);
}

/** Upper bound of believable dates: a little clock skew, not a message from the future. */
const FUTURE_SLACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Lower bound: earlier than 1900 is a broken header, not an old message. */
const EARLIEST = Date.UTC(1900, 0, 1);

/** Whether `ms` is a date a message could really have; `now` is the clock. */
export function isPlausibleDate(ms: number | undefined, now: number): ms is number {
  return ms !== undefined && ms >= EARLIEST && ms <= now + FUTURE_SLACK_MS;
}
