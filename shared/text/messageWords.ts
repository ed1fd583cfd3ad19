/**
 * The search words of one message. One definition for both sides: the capture worker (main)
 * computes them while the store commits the previous batch and sends them along
 * (CapturedMessage.words), and the store (renderer) computes them for messages that come
 * without, for copies and in schema upgrades. A message's words must not depend on which side
 * computed them, so neither side has its own version.
 */
import type { Mailbox } from '../domain/mail';
import { searchWords } from './searchWords';

/**
 * How much of one message's text is read for search words. Past this a body is nearly always
 * quoted history (indexed with the message it quotes) or boilerplate, and folding it costs
 * capture time on every message (the cold-mirror profile showed it as the renderer's largest
 * piece of JavaScript at 32 KB).
 */
export const MAX_INDEXED_TEXT = 16 * 1024;

/** What a message's words are made of: the fields as the store keeps them in its message row. */
export interface WordSource {
  subject: string;
  text: string;
  from: Mailbox;
  to: readonly Mailbox[];
  cc: readonly Mailbox[];
}

/** The words a list of mailboxes contributes: display names and addresses. */
function mailboxText(mailboxes: readonly Mailbox[]): string {
  return mailboxes.map((m) => `${m.name ?? ''} ${m.address}`).join(' ');
}

/**
 * Subject and people first (so they survive searchWords' cap), then the text. From/To/Cc as
 * stored: capture already left the drop box out of them.
 */
export function messageWords(message: WordSource): string[] {
  const people = mailboxText([message.from, ...message.to, ...message.cc]);
  return searchWords(`${message.subject} ${people} ${message.text.slice(0, MAX_INDEXED_TEXT)}`);
}
