/** The small pure pieces of the sync engine. */
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../main/platform/backoff';
import { classifySessionFailure, SinkError } from '../../../main/capture/sync/failure';
import { Wakeup } from '../../../main/capture/sync/signals';
import { chunksOf, toSequenceSet } from '../../../main/capture/sync/uidSets';

describe('uid sets', () => {
  it('compresses UIDs into ranges', () => {
    expect(toSequenceSet([5, 1, 2, 3, 9, 10, 12, 2])).toBe('1:3,5,9:10,12');
    expect(toSequenceSet([])).toBe('');
  });
  it('chunks', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };
  it('doubles per failure, with jitter between half and all of the nominal delay', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 1)).toBe(1000);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(3000);
  });
  it('is capped, also after very many failures', () => {
    expect(backoffDelay(100, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(100, policy, () => 0)).toBe(30_000);
  });
});

describe('classifySessionFailure', () => {
  it('stops on what retrying cannot fix, retries the rest', () => {
    expect(classifySessionFailure(Object.assign(new Error('x'), { authenticationFailed: true }))).toEqual({ reason: 'auth-failed', permanent: true, isError: true });
    expect(classifySessionFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toEqual({ reason: 'unreachable', permanent: false, isError: false });
    expect(classifySessionFailure(Object.assign(new Error('x'), { code: 'NoConnection' }))).toMatchObject({ reason: 'unreachable', permanent: false });
    expect(classifySessionFailure(new SinkError(new Error('disk full')))).toEqual({ reason: 'store-failed', permanent: false, isError: true });
    expect(classifySessionFailure(Object.assign(new Error('x'), { mailboxMissing: true }))).toMatchObject({ reason: 'mailbox-missing', permanent: false });
    expect(classifySessionFailure(Object.assign(new Error('x'), { code: 'MailboxReplaced' }))).toMatchObject({ reason: 'mailbox-replaced', permanent: false });
  });
});

describe('Wakeup', () => {
  it('coalesces notifications while nobody waits', async () => {
    const wake = new Wakeup();
    wake.notify();
    wake.notify();
    expect(await wake.wait(10)).toBe(true);
    expect(await wake.wait(10)).toBe(false);
  });
  it('wakes a waiter, and a timed-out wait does not swallow a later notification', async () => {
    const wake = new Wakeup();
    expect(await wake.wait(5)).toBe(false);
    const waiting = wake.wait();
    wake.notify();
    expect(await waiting).toBe(true);
  });
});
