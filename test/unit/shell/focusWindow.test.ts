/** Started again (the single instance lock): the one window comes forward, whatever its state. */
import { describe, expect, it } from 'vitest';
import { focusWindow, type FocusableWindow } from '../../../main/shell/focusWindow';

function windowThat(minimized: boolean, visible: boolean) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isMinimized: () => minimized,
    isVisible: () => visible,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { win, calls };
}

describe('focusWindow', () => {
  it.each([
    ['in the background', false, true, ['focus']],
    ['minimized', true, true, ['restore', 'focus']],
    ['hidden (macOS: closed to the dock)', false, false, ['show', 'focus']],
    ['minimized and hidden', true, false, ['restore', 'show', 'focus']],
  ])('%s', (_case, minimized, visible, expected) => {
    const { win, calls } = windowThat(minimized, visible);
    focusWindow(win);
    expect(calls).toEqual(expected);
  });

  it('no window yet (still starting): nothing to do', () => {
    expect(() => focusWindow(undefined)).not.toThrow();
  });
});
