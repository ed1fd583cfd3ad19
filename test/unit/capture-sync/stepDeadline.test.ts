/** A setup step of a session within its deadline: its own outcome in time, else a transient timeout. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifySessionFailure } from '../../../main/capture/sync/failure';
import { withinDeadline } from '../../../main/capture/sync/stepDeadline';

afterEach(() => {
  vi.useRealTimers();
});

describe('withinDeadline', () => {
  it('passes on the step’s answer (or failure) given in time, and leaves no timer', async () => {
    vi.useFakeTimers();
    const onExpired = vi.fn();
    await expect(withinDeadline(Promise.resolve('selected'), 1_000, 'SELECT', onExpired)).resolves.toBe('selected');
    await expect(withinDeadline(Promise.reject(new Error('NO')), 1_000, 'SELECT', onExpired)).rejects.toThrow('NO');
    expect(vi.getTimerCount()).toBe(0);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('gives a silent step up at the deadline as a timeout the runner retries, not at the socket’s', async () => {
    vi.useFakeTimers();
    const onExpired = vi.fn();
    const silent = new Promise<never>(() => undefined);
    const step = withinDeadline(silent, 1_000, 'SELECT', onExpired);
    const outcome = step.then(
      () => undefined,
      (err: unknown) => err,
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(onExpired).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const err = await outcome;
    expect(onExpired).toHaveBeenCalledOnce();
    expect(err).toMatchObject({ code: 'ETIMEOUT', message: 'IMAP SELECT got no answer within 1000 ms' });
    expect(classifySessionFailure(err)).toEqual({ reason: 'timeout', permanent: false, isError: false });
  });
});
