/**
 * R3.4: the authserv-id learned from the drop box, kept until the user decides. The capture
 * engine reports the authserv-id of the topmost Authentication-Results of the first drop-box
 * message that has one; the first report is kept (in its own small file, so that it survives a
 * restart, when that message is not fetched again) and shown in Settings as a proposal. Nothing
 * trusts it: only the authservId the user confirms in Settings, saved in the account file, is
 * used by capture. Once an id is confirmed, reports are ignored.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFileOrSetAside, writeJsonFile } from '../platform/jsonFile';
import type { AppPaths } from '../platform/ports';

const CandidateSchema = z.object({ version: z.literal(1), authservId: z.string().min(1).max(253), seenAt: z.number() });

export interface AuthservCandidate {
  /** the proposed authserv-id, if one was learned */
  get(): Promise<string | undefined>;
  /** a drop-box message showed this id: kept if it is the first and none is confirmed; true when kept */
  report(authservId: string): Promise<boolean>;
}

export interface AuthservCandidateOptions {
  paths: AppPaths;
  now: () => number;
  /** the confirmed id, if any (the account file's authservId) */
  confirmed: () => Promise<string | undefined>;
  /** a file that was not readable was set aside (for the log) */
  onProblem?: (problem: string) => void;
}

export function createAuthservCandidate(options: AuthservCandidateOptions): AuthservCandidate {
  const file = join(options.paths.userData, 'authserv-candidate.json');
  let known: Promise<string | undefined> | undefined;
  // reports arrive with batches, possibly several at once: one after the other
  let queue: Promise<unknown> = Promise.resolve();

  function load(): Promise<string | undefined> {
    known ??= readJsonFileOrSetAside(file, CandidateSchema, options.now()).then((read) => {
      if (read.kind === 'set-aside') options.onProblem?.(`authserv-id candidate ${read.reason}, moved to ${read.path}`);
      return read.kind === 'ok' ? read.value.authservId : undefined;
    });
    return known;
  }

  return {
    get: load,
    report(authservId) {
      const id = authservId.trim().toLowerCase();
      const next = queue.then(async () => {
        if (id === '' || id.length > 253) return false;
        if ((await load()) !== undefined) return false;
        if (((await options.confirmed())?.trim() ?? '') !== '') return false;
        await writeJsonFile(file, { version: 1, authservId: id, seenAt: options.now() });
        known = Promise.resolve(id);
        return true;
      });
      queue = next.catch(() => {
        // handled: the caller of report() gets this failure; the queue only orders the next report
      });
      return next;
    },
  };
}
