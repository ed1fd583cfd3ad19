/** Runs one engine stage in a child process (see stageChild.ts) and returns its figures. */
import { fork } from 'node:child_process';
import type { StageMode, StageRun, StageTarget } from '../scenarios/engineStages';
import type { StageChildAnswer } from './stageChild';

export function runStageInChild(bundle: string, target: StageTarget, mode: StageMode, expected: number, timeoutMs: number): Promise<StageRun> {
  // execArgv set explicitly: the child must not inherit this process's TypeScript loader.
  const child = fork(bundle, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<StageRun>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(new Error(`stage child (${mode}): no answer within ${timeoutMs + 30_000} ms`));
    }, timeoutMs + 30_000);
    const settle = (err: Error | undefined, run?: StageRun): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err !== undefined || run === undefined) reject(err ?? new Error('no answer'));
      else resolve(run);
    };
    child.on('message', (message: StageChildAnswer) => {
      if (message.type === 'result') settle(undefined, message.run);
      else settle(new Error(`stage child (${mode}) failed: ${message.message}`));
    });
    child.once('exit', (code, signal) => settle(new Error(`stage child (${mode}) exited (${signal ?? `code ${code}`}) without an answer`)));
    child.send({ type: 'run', target, mode, expected, timeoutMs });
  });
}
