/**
 * R10.2 an attachment's name as the sender wrote it is shown and used to save the file, so it
 * must not be able to lie: control characters (a line break in a name) become a space, and
 * bidirectional controls are dropped, because "invoice\u202Efdp.exe" displays as
 * "invoiceexe.pdf" while being a program. Dropped: the embeddings and overrides U+202A–U+202E,
 * the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C, which no file name needs.
 */

export const MAX_FILE_NAME_LENGTH = 255;

// Cc (C0, DEL, C1) and the line and paragraph separators
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The name to show and save under; '' when nothing of it is left. */
export function cleanFileName(raw: string): string {
  const name = raw.replace(BIDI_CONTROL, '').replace(CONTROL, ' ').trim();
  // by code point, so a cut never leaves half a surrogate pair
  return Array.from(name).slice(0, MAX_FILE_NAME_LENGTH).join('').trim();
}
