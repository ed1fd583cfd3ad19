/**
 * R6.3 the confirmation secrets: a link token of 160 random bits (≥128 required) and a short code
 * of 40 bits to type (8 characters, Crockford base32, no look-alike letters). Only hashes are
 * stored: SHA-256 of the token (high entropy, needs no salt) and a salted SHA-256 of the code
 * (low entropy: the salt at least makes a stolen file useless for precomputed tables; the code
 * also expires in 24 h and allows only a few wrong tries).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeBase32 } from '../../shared/rules/base32';

const TOKEN_BYTES = 20;
const CODE_BYTES = 5;

export interface ConfirmationSecrets {
  token: string;
  code: string;
}

export function newConfirmationSecrets(random: (size: number) => Uint8Array = randomBytes): ConfirmationSecrets {
  return { token: encodeBase32(random(TOKEN_BYTES)), code: encodeBase32(random(CODE_BYTES)).toUpperCase() };
}

export function newSalt(random: (size: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(16)).toString('hex');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(`token:${token}`).digest('hex');
}

export function hashCode(salt: string, code: string): string {
  return createHash('sha256').update(`code:${salt}:${code}`).digest('hex');
}

/** Compares two hex hashes in constant time, so a wrong guess learns nothing from the timing. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
