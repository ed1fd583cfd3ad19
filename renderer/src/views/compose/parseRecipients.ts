/**
 * Free entry of recipients: what the user typed or pasted, split into mailboxes. Accepts
 * `jane@acme.com`, `Jane Roe <jane@acme.com>`, `"Roe, Jane" <jane@acme.com>`, separated by
 * commas, semicolons or line breaks. What is not an address comes back as typed, to be shown.
 */
import type { Mailbox } from '../../../../shared/domain/mail';
import { toMailbox } from '../../../../shared/rules/capture/mailbox';

export interface ParsedRecipients {
  mailboxes: Mailbox[];
  invalid: string[];
}

/** Splits at , ; and line breaks that are outside quotes and angle brackets. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let bracketed = false;
  for (const char of text) {
    if (char === '"' && !bracketed) quoted = !quoted;
    else if (char === '<' && !quoted) bracketed = true;
    else if (char === '>' && !quoted) bracketed = false;
    if (!quoted && !bracketed && (char === ',' || char === ';' || char === '\n' || char === '\r')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function parseOne(part: string): Mailbox | undefined {
  const angle = /^(.*?)<([^<>]+)>\s*$/su.exec(part);
  if (angle) return toMailbox(angle[2], angle[1]);
  return /\s/u.test(part) ? undefined : toMailbox(part);
}

export function parseRecipients(text: string): ParsedRecipients {
  const mailboxes: Mailbox[] = [];
  const invalid: string[] = [];
  for (const part of splitList(text)) {
    const mailbox = parseOne(part);
    if (mailbox) mailboxes.push(mailbox);
    else invalid.push(part);
  }
  return { mailboxes, invalid };
}

/** Adds mailboxes to a list, each address once (the first name wins). */
export function addMailboxes(list: readonly Mailbox[], added: readonly Mailbox[]): Mailbox[] {
  const seen = new Set(list.map((m) => m.address));
  const out = [...list];
  for (const m of added) {
    if (seen.has(m.address)) continue;
    seen.add(m.address);
    out.push(m);
  }
  return out;
}
