/**
 * R3.2, inline forwards: the forwarded message is quoted in the forwarder's text body under a
 * client-specific header block ("---------- Forwarded message ---------", "Begin forwarded
 * message:", "-----Original Message-----", in ~25 languages). `email-forward-parser` knows those
 * blocks; this wraps it with the two guards it needs here.
 *
 * Guard 1, time: without the optional RE2 engine (not installed) its regular expressions are
 * quadratic in runs of whitespace: 20,000 newlines take 20 s. Runs longer than 16 characters are
 * therefore shortened before parsing, and only the first 64 KiB are parsed (the header block is
 * at the top); the rest of the text is appended to the extracted body unparsed.
 * Guard 2, shape: its result is checked with zod, and an author without a usable address means
 * "not understood" (the message is then kept as the owner's own mail, nothing is invented).
 * Cost: the parser is given only texts that may hold a forwarded header block, and runs only
 * the patterns that can match them (forwardNeedles.ts); what it finds is unchanged.
 */
import EmailForwardParser from 'email-forward-parser';
import { z } from 'zod';
import type { Mailbox } from '../../../shared/domain/mail';
import { parseLooseDate } from '../../../shared/rules/capture/dates';
import { distinctMailboxes, toMailbox } from '../../../shared/rules/capture/mailbox';
import { readForwardPatterns } from './forwardNeedles';

const MAX_PARSED_CHARS = 64 * 1024;
const MAX_WHITESPACE_RUN = 16;

const MailboxShape = z.object({ address: z.string().nullish(), name: z.string().nullish() });
const ResultShape = z.object({
  forwarded: z.boolean(),
  email: z
    .object({
      body: z.string().nullish(),
      from: MailboxShape.nullish(),
      to: z.union([MailboxShape, z.array(MailboxShape)]).nullish(),
      cc: z.union([MailboxShape, z.array(MailboxShape)]).nullish(),
      subject: z.string().nullish(),
      date: z.string().nullish(),
    })
    .nullish(),
});

export interface InlineForward {
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string;
  /** epoch ms when the localized date line could be read */
  date?: number;
  /** the forwarded message's text; the forwarder's own note above the block is left out */
  text: string;
}

const parser = new EmailForwardParser();
const patterns = readForwardPatterns(parser);

/**
 * What the parser says about a text, as `parser.read` would (undefined where it surely finds no
 * forward: it is then not run at all). The text must already be tamed and cut (see above).
 */
export function readForward(body: string, subject: string): unknown {
  if (patterns === undefined) return parser.read(body, subject);
  const probe = patterns.probe(body);
  if (!patterns.mayHoldForward(probe, subject)) return undefined;
  return patterns.narrowed(probe, () => parser.read(body, subject));
}

/** For tests: whether the shortcuts are active (the library's internals were as expected). */
export const forwardShortcutsActive = patterns !== undefined;

/** Shortens whitespace runs that would make the parser's regular expressions crawl. */
export function tameWhitespace(text: string): string {
  return text.replace(new RegExp(String.raw`\s{${MAX_WHITESPACE_RUN + 1},}`, 'gu'), (run) =>
    run.includes('\n') ? '\n\n\n' : ' '.repeat(MAX_WHITESPACE_RUN),
  );
}

function mailboxList(value: z.infer<typeof MailboxShape> | Array<z.infer<typeof MailboxShape>> | null | undefined): Mailbox[] {
  const list = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  // Entries with a name but no address (Outlook writes "To: Bessie Berry") cannot be linked to
  // anybody, so they are left out rather than guessed.
  return distinctMailboxes(list.map((m) => toMailbox(m.address, m.name)).filter((m): m is Mailbox => m !== undefined));
}

/** The forwarded message inside a text body, or undefined when there is none we can attribute. */
export function parseInlineForward(text: string, subject: string): InlineForward | undefined {
  if (text.trim() === '') return undefined;
  const tamed = tameWhitespace(text);
  const head = tamed.slice(0, MAX_PARSED_CHARS);
  const tail = tamed.slice(MAX_PARSED_CHARS);

  const read = readForward(head, subject);
  if (read === undefined) return undefined;
  const result = ResultShape.safeParse(read);
  if (!result.success || !result.data.forwarded || !result.data.email) return undefined;
  const email = result.data.email;
  const from = toMailbox(email.from?.address, email.from?.name);
  if (from === undefined) return undefined;

  const forward: InlineForward = {
    from,
    to: mailboxList(email.to),
    cc: mailboxList(email.cc),
    text: (email.body ?? '') + tail,
  };
  const original = email.subject?.trim();
  if (original) forward.subject = original;
  const date = parseLooseDate(email.date);
  if (date !== undefined) forward.date = date;
  return forward;
}
