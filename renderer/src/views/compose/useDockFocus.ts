/** R10.5 the docked compose panel's focus: it is not modal, so the browser does none of this. */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** what takes the focus in the panel: a field marked for it, else the first text field */
const FIRST_FIELD = '[data-autofocus], .compose-dock-body input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])';

/**
 * Focus for a non-modal panel: in when it opens (or a new request replaces the draft, or it is
 * unfolded), to the first field once the form is there; back to what had it when the panel
 * closes (or to the Compose button when that is gone), and to the title bar when folded.
 */
export function useDockFocus(ref: RefObject<HTMLElement | null>, minimised: boolean, generation: number): void {
  const returnTo = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active && !ref.current?.contains(active)) returnTo.current = active;
    return () => {
      const back = returnTo.current;
      const target = back instanceof HTMLElement && back.isConnected ? back : document.querySelector<HTMLElement>('[data-testid="compose-open"]');
      target?.focus({ preventScroll: true });
    };
  }, [ref]);

  useEffect(() => {
    const dock = ref.current;
    if (!dock) return;
    if (minimised) {
      if (dock.contains(document.activeElement)) dock.querySelector<HTMLElement>('[data-testid="compose-minimise"]')?.focus();
      return;
    }
    const focusFirst = (): boolean => {
      const field = dock.querySelector<HTMLElement>(FIRST_FIELD);
      if (!field) return false;
      // not when the user (or the replace question) already has the focus in the panel's body
      if (!dock.querySelector('.compose-dock-body')?.contains(document.activeElement)) field.focus();
      return true;
    };
    if (focusFirst()) return;
    // the form appears once the draft is prepared: until then the title holds the focus
    dock.querySelector<HTMLElement>('.compose-dock-title')?.focus();
    const observer = new MutationObserver(() => {
      if (focusFirst()) observer.disconnect();
    });
    observer.observe(dock, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, minimised, generation]);
}
