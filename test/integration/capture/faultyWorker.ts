/**
 * A capture worker for engineWorker.test.ts: the app's worker (runEngineWorker) with real
 * understanding, except for messages whose subject names a fault, which this thread then
 * commits: crash (exit), hang (a busy loop: no heartbeat), or run out of memory. '-once'
 * faults happen the first time only; a marker file in BLINDCOPY_FAULT_DIR remembers it across
 * workers, as nothing else outlives a thread.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { understandMessage } from '../../../main/capture/understand';
import { runEngineWorker } from '../../../main/capture/worker/engineWorker';

const FAULT = /Subject: (crash-once|crash-always|hang-once|oom-once) (\S+)/;

function firstTime(name: string): boolean {
  const marker = join(process.env.BLINDCOPY_FAULT_DIR ?? '.', name);
  if (existsSync(marker)) return false;
  writeFileSync(marker, '');
  return true;
}

function commitFault(kind: string, id: string): void {
  if (kind === 'crash-always' || (kind === 'crash-once' && firstTime(id))) process.exit(3);
  if (kind === 'hang-once' && firstTime(id)) for (;;);
  if (kind === 'oom-once' && firstTime(id)) {
    const hoard: string[][] = [];
    for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `${id}-${i}`));
  }
}

if (parentPort === null) throw new Error('faultyWorker runs only as a worker thread');
runEngineWorker(parentPort, {
  understand: (raw, ctx) => {
    const fault = FAULT.exec(raw.toString('latin1'));
    if (fault?.[1] !== undefined && fault[2] !== undefined) commitFault(fault[1], fault[2]);
    return understandMessage(raw, ctx);
  },
});
