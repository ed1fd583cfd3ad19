/**
 * R1.3 item addresses: `crm+d-7kq2m9...@acme.com` reaches the drop box by sub-addressing, and the
 * part after the delimiter names one deal or lead. The token is random (the caller passes the
 * bytes, so this stays pure and testable) and unguessable: at least 80 bits.
 */
import type { ItemKind } from '../domain/crm';
import { encodeBase32 } from './base32';
import { normalizeAddress, splitAddress } from './emailAddress';

/** Only deals and leads have item addresses (R1.3); projects are linked by rule or by hand. */
export type TokenKind = Extract<ItemKind, 'deal' | 'lead'>;

/** 80 bits: enough that guessing a live token by mailing random addresses is hopeless. */
export const ITEM_TOKEN_MIN_BYTES = 10;
export const DEFAULT_SUBADDRESS_DELIMITER = '+';

const KIND_PREFIX: Record<TokenKind, string> = { deal: 'd', lead: 'l' };
/** A kind letter, a dash, base32 characters. Other sub-address tags are not item addresses. */
const TOKEN_PATTERN = /^[dl]-[0-9a-z]+$/;

/** `d-` or `l-` followed by the base32 of all the given random bytes (≥ 10 of them). */
export function newItemToken(kind: TokenKind, randomBytes: Uint8Array): string {
  if (randomBytes.length < ITEM_TOKEN_MIN_BYTES) {
    throw new RangeError(`an item token needs at least ${ITEM_TOKEN_MIN_BYTES} random bytes`);
  }
  return `${KIND_PREFIX[kind]}-${encodeBase32(randomBytes)}`;
}

/** Which kind of item a token names, from its prefix; undefined for anything else. */
export function itemTokenKind(token: string): TokenKind | undefined {
  const normalized = token.toLowerCase();
  if (!TOKEN_PATTERN.test(normalized)) return undefined;
  return normalized.startsWith('d-') ? 'deal' : 'lead';
}

/** The item address of `token` on the drop box: local part, delimiter, token, same domain. */
export function itemAddress(dropboxAddress: string, token: string, delimiter = DEFAULT_SUBADDRESS_DELIMITER): string {
  const parts = splitAddress(dropboxAddress);
  if (!parts) throw new RangeError(`not an email address: ${dropboxAddress}`);
  return `${parts.local}${delimiter}${token.toLowerCase()}@${parts.domain}`;
}

/** The sub-address tag of `address` on one of the drop-box addresses, or undefined. */
function subaddressTag(address: string, dropboxAddresses: readonly string[], delimiter: string): string | undefined {
  const parts = splitAddress(address);
  if (!parts || delimiter === '') return undefined;
  for (const dropbox of dropboxAddresses) {
    const box = splitAddress(dropbox);
    if (!box || box.domain !== parts.domain) continue;
    // A prefix match, not a split at the first delimiter: a drop box called `crm-box` with the
    // delimiter `-` must still work.
    const prefix = `${box.local}${delimiter}`;
    if (parts.local.startsWith(prefix)) return parts.local.slice(prefix.length);
  }
  return undefined;
}

/**
 * The item token an address carries, when it is a sub-address of one of the drop-box addresses
 * (the current one and its aliases, R1.2). Case-insensitive; returns the token lower-case.
 */
export function parseItemAddress(
  address: string,
  dropboxAddresses: readonly string[],
  delimiter = DEFAULT_SUBADDRESS_DELIMITER,
): string | undefined {
  const tag = subaddressTag(address, dropboxAddresses, delimiter);
  return tag !== undefined && TOKEN_PATTERN.test(tag) ? tag : undefined;
}

/**
 * True for a drop-box address (or alias) and for ANY sub-address of one, token or not: none of
 * them is a person (R4.2), and a mistyped item address is still ours, not a customer's.
 */
export function isDropboxAddress(
  address: string,
  dropboxAddresses: readonly string[],
  delimiter = DEFAULT_SUBADDRESS_DELIMITER,
): boolean {
  const plain = normalizeAddress(address);
  if (dropboxAddresses.some((box) => normalizeAddress(box) === plain)) return true;
  return subaddressTag(address, dropboxAddresses, delimiter) !== undefined;
}
