/**
 * When the user last pressed a key or a pointer button in the window. Views that hold back
 * updates while capture catches up (the inbox list, coalescedUpdates.ts) show them at once
 * while the user acts: a thread the user just deleted or linked must not linger for a second.
 */
const ACTIVE_FOR_MS = 2000;

let lastInputAt = -Infinity;

/** Starts listening (once per target); capture phase, so no view can stop the event first. */
export function watchUserActivity(target: EventTarget, now: () => number = Date.now): void {
  const mark = () => {
    lastInputAt = now();
  };
  for (const type of ['pointerdown', 'keydown']) target.addEventListener(type, mark, { capture: true, passive: true });
}

export function userRecentlyActive(now: number = Date.now()): boolean {
  return now - lastInputAt < ACTIVE_FOR_MS;
}
