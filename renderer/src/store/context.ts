/**
 * What every part of the store works with: the database, who is looking, and the two sources of
 * non-determinism (time and randomness), injected so that tests are repeatable. In the app they
 * are Date.now and crypto.getRandomValues.
 */
import { encodeBase32 } from '../../../shared/rules/base32';
import type { Viewer } from '../../../shared/rules/permissions';
import type { BlindcopyDb } from '../db/database';

export type { Viewer };

export interface StoreDeps {
  viewer: Viewer;
  /** epoch milliseconds */
  clock: () => number;
  /** `length` cryptographically random bytes */
  randomBytes: (length: number) => Uint8Array;
}

export interface StoreContext extends StoreDeps {
  db: BlindcopyDb;
  /** a new random row id: 128 bits, base32 */
  newId(): string;
}

export const ID_BYTES = 16;

export function storeContext(db: BlindcopyDb, deps: StoreDeps): StoreContext {
  return { ...deps, db, newId: () => encodeBase32(deps.randomBytes(ID_BYTES)) };
}

/** The app's dependencies: the system clock and the Web Crypto random source. */
export function systemDeps(viewer: Viewer): StoreDeps {
  return {
    viewer,
    clock: () => Date.now(),
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  };
}
