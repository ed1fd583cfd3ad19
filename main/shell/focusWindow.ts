/**
 * Bringing the one window forward: when the app is started again (the second instance hands its
 * arguments to this one and quits) and when a blindcopy:// link arrives.
 */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
}

export function focusWindow(win: FocusableWindow | undefined): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
