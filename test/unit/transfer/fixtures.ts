/** The contact files other programs write (test/fixtures/contacts), read as the app reads a chosen file. */
import { readFileSync } from 'node:fs';
import { decodeContactFile } from '../../../renderer/src/store/transfer/contactFiles';

export const FIXTURES = new URL('../../fixtures/contacts/', import.meta.url);

export function fixtureText(name: string): string {
  return decodeContactFile(new Uint8Array(readFileSync(new URL(name, FIXTURES))));
}
