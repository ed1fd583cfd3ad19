/**
 * UTF-8 and base64 by hand: shared/ has neither Node's Buffer nor the DOM's TextEncoder, and the
 * sync messages (syncMessage.ts) carry their JSON base64-encoded, so no server rewraps or
 * re-encodes it and no line gets near the 998-character limit of RFC 5322.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let cp = char.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Undefined for bytes that are not well-formed UTF-8 (overlong, surrogates, truncated). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    let cp: number;
    let n: number;
    if (b < 0x80) [cp, n] = [b, 1];
    else if (b >= 0xc2 && b < 0xe0) [cp, n] = [b & 31, 2];
    else if (b >= 0xe0 && b < 0xf0) [cp, n] = [b & 15, 3];
    else if (b >= 0xf0 && b < 0xf5) [cp, n] = [b & 7, 4];
    else return undefined;
    if (i + n > bytes.length) return undefined;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 63);
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][n] ?? 0;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    chunk.push(cp);
    if (chunk.length >= 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
    i += n;
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Base64 in lines of 76 characters, CRLF between them (RFC 2045). */
export function base64Encode(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    line += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
    line += b === undefined ? '=' : ALPHABET.charAt((n >> 6) & 63);
    line += c === undefined ? '=' : ALPHABET.charAt(n & 63);
    if (line.length >= 76) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\r\n');
}

/** Whitespace is ignored; undefined for any other character outside the alphabet or bad padding. */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s]+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | (INDEX.get(clean.charAt(i + k)) ?? 0), 0);
    for (const byte of [n >> 16, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}
