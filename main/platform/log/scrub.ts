/**
 * The second line of defence: text that may have come from elsewhere (an error's message, the
 * renderer's report) loses anything that looks like an email address or a secret before it is
 * written. Every '@' goes, with the characters around it up to a separator: what is left cannot
 * hold an address, whatever its shape (quoted local parts, IP literals, IDN domains).
 */

/** what an address is written as */
export const ADDRESS_MARK = '<address>';

// a run of non-separators around an '@' (the run may be empty on either side)
const AROUND_AT = /[^\s"'<>()[\]{},;]*@[^\s"'<>()[\]{},;]*/gu;
// `password=…`, `token: …`, `Authorization: Bearer …`: the value goes
const SECRET_VALUE = /\b(pass(?:word)?|pwd|secret|token|auth(?:orization)?|api[-_]?key|bearer)\b(\s*[:=]\s*|\s+)(?:bearer\s+)?\S+/giu;
// IMAP LOGIN / AUTHENTICATE lines and SMTP AUTH as a protocol trace would show them
const LOGIN_LINE = /\b(LOGIN|AUTHENTICATE|AUTH)\s+\S+(\s+\S+)?/gu;

export function scrubText(text: string, maxLength = 500): string {
  const cut = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  const scrubbed = cut
    .replace(AROUND_AT, ADDRESS_MARK)
    .replace(SECRET_VALUE, (_m, name: string, sep: string) => `${name}${sep}<secret>`)
    .replace(LOGIN_LINE, (_m, verb: string) => `${verb} <secret>`);
  return scrubbed.length > maxLength ? `${scrubbed.slice(0, maxLength)}…` : scrubbed;
}
