/**
 * R6.2 / R6.3 the two ways to confirm an alternate address, in their written forms: the link in
 * the confirmation email (`blindcopy://confirm-address?token=...`, opens the app) and a short code
 * to type. Making the secrets (random bytes) and hashing them is main's job (node:crypto); this is
 * only their syntax, shared by main (which mails and checks them) and the UI (which reads the
 * typed code and the opened link).
 */
export const CONFIRM_LINK_PREFIX = 'blindcopy://confirm-address';

/** Crockford base32, upper case: no I, L, O, U, so a code read from a phone is typed right. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

/** The token is lower-case Crockford base32 of at least 128 random bits (26+ characters). */
const TOKEN_PATTERN = /^[0-9a-hjkmnp-tv-z]{26,128}$/;

export function isConfirmationToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function confirmationLink(token: string): string {
  if (!isConfirmationToken(token)) throw new RangeError('not a confirmation token');
  return `${CONFIRM_LINK_PREFIX}?token=${token}`;
}

/**
 * The token of a confirmation link, or undefined for anything else. Written by hand rather than
 * with `URL`, which shared/ does not have (no DOM, no Node): scheme and host case-insensitive, an
 * optional slash before the query, other query parameters ignored.
 */
export function parseConfirmationLink(link: string): string | undefined {
  const match = /^blindcopy:\/\/confirm-address\/?\?([^#]*)(?:#.*)?$/i.exec(link.trim());
  if (!match) return undefined;
  for (const pair of (match[1] ?? '').split('&')) {
    const [key, value] = pair.split('=');
    if (key === 'token' && value !== undefined) {
      const token = value.toLowerCase();
      return isConfirmationToken(token) ? token : undefined;
    }
  }
  return undefined;
}

/** `ABCD-EFGH`: two groups of four are easier to copy than eight in a row. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The code as typed, made canonical: case, spaces and dashes do not matter, and the letters
 * Crockford maps to digits (O → 0, I and L → 1) are read as those digits. Undefined when the
 * result cannot be a code at all (wrong length or letters), so it does not cost an attempt.
 */
export function normalizeCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return undefined;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}
