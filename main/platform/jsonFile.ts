/**
 * A small JSON document on disk: written atomically (atomicFile.ts: temp file, fsync, rename,
 * fsync of the directory, mode 0600) and validated with zod on every read, because a file on
 * disk is input like any other (a half-restored backup, an older version, a hand edit). What a
 * caller does with an invalid file is its own policy: the outbox and the alternate addresses set
 * it aside and start empty (readJsonFileOrSetAside), the account settings refuse to go on.
 */
import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic } from './atomicFile';

export type JsonFileRead<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'invalid'; problem: 'not-json' } | { kind: 'invalid'; problem: 'schema'; error: z.ZodError };

export type JsonFileResult<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'set-aside'; path: string; reason: string };

/** Missing → 'missing'; unreadable for any other reason → throws; not JSON or off-schema → 'invalid'. */
export async function readJsonFile<S extends z.ZodType>(path: string, schema: S): Promise<JsonFileRead<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // handled: not JSON is an answer ('invalid'), which the caller reports
    return { kind: 'invalid', problem: 'not-json' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'invalid', problem: 'schema', error: parsed.error };
}

/**
 * Unreadable or invalid → the file is moved aside (kept for support, never silently deleted) and
 * the caller starts empty, so one bad file does not stop the app from sending mail.
 */
export async function readJsonFileOrSetAside<S extends z.ZodType>(path: string, schema: S, now: number): Promise<JsonFileResult<z.output<S>>> {
  const read = await readJsonFile(path, schema);
  if (read.kind !== 'invalid') return read;
  const issue = read.problem === 'schema' ? read.error.issues[0] : undefined;
  const reason = read.problem === 'not-json' ? 'not JSON' : `invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
  const aside = `${path}.invalid-${now}`;
  await rename(path, aside);
  return { kind: 'set-aside', path: aside, reason };
}

/** `indent` for files a person may read (the account settings). */
export function writeJsonFile(path: string, value: unknown, indent?: number): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value, null, indent));
}
