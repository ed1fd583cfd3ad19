/**
 * The alternate addresses on disk (R6), under AppPaths.userData, validated on load. A pending
 * address holds its current challenge: the token's and the code's hashes, never the secrets.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { AppPaths } from '../platform/ports';
import { readJsonFileOrSetAside, writeJsonFile, type JsonFileResult } from '../platform/jsonFile';

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/);

const ChallengeSchema = z.object({
  tokenHash: HEX64,
  codeSalt: z.string().regex(/^[0-9a-f]{32}$/),
  codeHash: HEX64,
  expiresAt: z.number(),
  wrongCodes: z.number().int().nonnegative(),
  sentAt: z.number().optional(),
  /** why the confirmation email could not be sent (server's words) */
  sendError: z.string().max(1000).optional(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

const AlternateRecordSchema = z.object({
  /** lower-case */
  address: z.string().min(3).max(320),
  status: z.enum(['pending', 'verified']),
  addedAt: z.number(),
  verifiedAt: z.number().optional(),
  challenge: ChallengeSchema.optional(),
});
export type AlternateRecord = z.infer<typeof AlternateRecordSchema>;

const FILE_VERSION = 1;
const AlternateFileSchema = z.object({
  version: z.literal(FILE_VERSION),
  addresses: z.array(AlternateRecordSchema),
});

export function alternateAddressesFile(paths: AppPaths): string {
  return join(paths.userData, 'alternate-addresses.json');
}

export async function loadAlternates(file: string, now: number): Promise<JsonFileResult<AlternateRecord[]>> {
  const result = await readJsonFileOrSetAside(file, AlternateFileSchema, now);
  return result.kind === 'ok' ? { kind: 'ok', value: result.value.addresses } : result;
}

export function saveAlternates(file: string, addresses: readonly AlternateRecord[]): Promise<void> {
  return writeJsonFile(file, { version: FILE_VERSION, addresses });
}
