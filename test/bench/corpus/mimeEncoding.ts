/**
 * The few MIME encodings the generated mail needs, written out so the corpus is byte-for-byte
 * the same in every run (a MIME library would pick random boundaries): RFC 2047 words for
 * non-ASCII headers, quoted-printable for HTML (as Outlook and Gmail send it), RFC 5322 dates.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A header value as is when it is printable ASCII, else RFC 2047 base64 words of ≤ 45 bytes. */
export function encodeWord(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  const words: string[] = [];
  let current = '';
  for (const char of text) {
    if (Buffer.byteLength(current + char) > 45) {
      words.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') words.push(current);
  // Folded onto continuation lines: an encoded word may not exceed 75 characters.
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

export function formatAddress(name: string, address: string): string {
  const display = PRINTABLE_ASCII.test(name) ? `"${name.replace(/["\\]/g, '')}"` : encodeWord(name);
  return `${display} <${address}>`;
}

/** "Fri, 30 May 2025 12:00:00 +0000" */
export function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text with CRLF line ends, soft breaks at 76. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const bytes = Buffer.from(line);
    let current = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] ?? 0;
      const last = i === bytes.length - 1;
      const plain = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last);
      const piece = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (current.length + piece.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += piece;
    }
    out.push(current);
  }
  return out.join('\r\n');
}

/** Words joined into lines of at most `width` characters (mail text never has 998+ lines). */
export function wrapWords(words: readonly string[], width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
