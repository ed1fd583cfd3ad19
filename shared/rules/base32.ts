/**
 * Crockford's base32 in lower case: digits and letters without i, l, o, u, so a token read aloud
 * or retyped from a printout cannot be confused (the SPEC's example `d-7kq2m9` uses it).
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Encodes every bit of `bytes`, 5 bits a character, the last character zero-padded. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}
