/**
 * R6.2 what a blindcopy:// link opened by the operating system may ask of the app. Anyone can
 * make such a link (a web page, a mail, a chat), in any length or shape: it is read here, once,
 * into one of the few things the app does, or refused with a reason the user is told. Never throws.
 */
import { CONFIRM_LINK_PREFIX, parseConfirmationLink } from './send/confirmation';

/** Far above a confirmation link (about 70 characters), far below what a window can be flooded with. */
export const MAX_DEEP_LINK_LENGTH = 2048;

/**
 * too-long: over MAX_DEEP_LINK_LENGTH. not-a-link: not a blindcopy:// link at all (or with control
 * characters). unknown: a blindcopy:// link of no kind the app knows. bad-token: a confirmation
 * link whose token cannot be one.
 */
export type DeepLinkRefusal = 'too-long' | 'not-a-link' | 'unknown' | 'bad-token';

export type DeepLink = { kind: 'confirm-address'; token: string } | { kind: 'refused'; reason: DeepLinkRefusal };

// C0 and C1 controls, and the line and paragraph separators: no link the app makes holds one
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function readDeepLink(raw: unknown): DeepLink {
  if (typeof raw !== 'string') return { kind: 'refused', reason: 'not-a-link' };
  if (raw.length > MAX_DEEP_LINK_LENGTH) return { kind: 'refused', reason: 'too-long' };
  const link = raw.trim();
  if (CONTROL.test(link) || !link.toLowerCase().startsWith('blindcopy://')) return { kind: 'refused', reason: 'not-a-link' };
  if (!link.toLowerCase().startsWith(CONFIRM_LINK_PREFIX)) return { kind: 'refused', reason: 'unknown' };
  const token = parseConfirmationLink(link);
  return token === undefined ? { kind: 'refused', reason: 'bad-token' } : { kind: 'confirm-address', token };
}
