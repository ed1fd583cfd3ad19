/**
 * The last warnings and errors of the log files, newest last, for "Copy diagnostics". Only the
 * lines' own fields are kept (they were redacted when written); a line that is not ours is skipped.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isLogFileName } from './rotation';

/** how much of each file's end is read: the newest lines are what support asks about */
const TAIL_BYTES = 256 * 1024;

async function tail(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  return text.length > TAIL_BYTES ? text.slice(text.length - TAIL_BYTES) : text;
}

/** files of the folder, oldest first */
async function logFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isLogFileName);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return [];
    throw err;
  }
  const withTimes = await Promise.all(names.map(async (name) => ({ path: join(folder, name), mtime: (await stat(join(folder, name))).mtimeMs })));
  return withTimes.sort((a, b) => a.mtime - b.mtime || a.path.localeCompare(b.path, 'en', { numeric: true })).map((f) => f.path);
}

export function isProblemLine(line: string): boolean {
  try {
    const parsed = JSON.parse(line) as { level?: unknown };
    return parsed.level === 'warn' || parsed.level === 'error';
  } catch {
    // handled: a torn or foreign line is no error of ours to show
    return false;
  }
}

export async function recentProblemLines(folder: string, limit = 30): Promise<string[]> {
  const lines: string[] = [];
  for (const path of await logFiles(folder)) {
    for (const line of (await tail(path)).split('\n')) if (line.trim() && isProblemLine(line)) lines.push(line.trim());
  }
  return lines.slice(-limit);
}
