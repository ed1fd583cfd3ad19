/** A key or pointer press marks the user active for two seconds: held-back views update at once meanwhile. */
import { describe, expect, it } from 'vitest';
import { userRecentlyActive, watchUserActivity } from '../../../renderer/src/session/userActivity';

describe('user activity', () => {
  it('a key or pointer press makes the user active for two seconds; other events do not', () => {
    let now = 1_000_000;
    const target = new EventTarget();
    watchUserActivity(target, () => now);
    expect(userRecentlyActive(now)).toBe(false);

    target.dispatchEvent(new Event('mousemove'));
    target.dispatchEvent(new Event('scroll'));
    expect(userRecentlyActive(now)).toBe(false);

    target.dispatchEvent(new Event('keydown'));
    expect(userRecentlyActive(now + 1999)).toBe(true);
    expect(userRecentlyActive(now + 2000)).toBe(false);

    now += 10_000;
    target.dispatchEvent(new Event('pointerdown'));
    expect(userRecentlyActive(now + 500)).toBe(true);
  });
});
