/**
 * Reading back a JSON file we wrote: validated with zod, because a file on disk is input like
 * any other (a half-restored backup, an older version, a hand edit). Missing → undefined.
 * Unreadable or invalid → the file is moved aside (kept for support, never silently deleted) and
 * the caller starts empty, so one bad file does not stop the app from sending mail.
 */
import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';

export type JsonFileResult<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'set-aside'; path: string; reason: string };

export async function readJsonFile<S extends z.ZodType>(path: string, schema: S, now: number): Promise<JsonFileResult<z.infer<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: 'ok', value: parsed.data };
    reason = `invalid: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim();
  } catch {
    reason = 'not JSON';
  }
  const aside = `${path}.invalid-${now}`;
  await rename(path, aside);
  return { kind: 'set-aside', path: aside, reason };
}
