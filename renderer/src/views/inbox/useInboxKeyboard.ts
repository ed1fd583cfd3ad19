/**
 * The inbox's keys, as in mail clients: j / k (or the arrows on the list) move the cursor, Enter
 * opens, x checks the row for bulk actions, / goes to the search box, Esc clears the search,
 * closes the open thread, or clears the selection. While a thread is open, moving opens the next
 * one. Never while typing in a field or inside a dialog.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { ThreadRow } from '../../db/records';
import { useInboxState } from '../../state/inboxState';
import { useUiState } from '../../state/uiState';
import { isInDialog, isListOrBody, isTypingTarget } from '../common/keyTargets';
import { selectWith } from './selection';

export interface InboxKeyboardOptions {
  threads: readonly ThreadRow[];
  gridRef: RefObject<HTMLDivElement | null>;
  searchRef: RefObject<HTMLInputElement | null>;
}

export function useInboxKeyboard({ threads, gridRef, searchRef }: InboxKeyboardOptions): void {
  const threadsRef = useRef(threads);
  useEffect(() => {
    threadsRef.current = threads;
  }, [threads]);

  useEffect(() => {
    const focusList = () => gridRef.current?.focus({ preventScroll: true });

    function move(delta: number): void {
      const list = threadsRef.current;
      const ui = useInboxState.getState();
      const at = ui.activeId === undefined ? -1 : list.findIndex((t) => t.id === ui.activeId);
      const next = list[at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + delta))];
      if (!next) return;
      ui.setActive(next.id);
      const shell = useUiState.getState();
      if (shell.selectedThreadId !== undefined) shell.selectThread(next.id);
      if (document.activeElement === document.body || document.activeElement === null) focusList();
    }

    function escape(target: EventTarget | null): boolean {
      const ui = useInboxState.getState();
      const shell = useUiState.getState();
      if (target === searchRef.current) {
        if (ui.query !== '') ui.setQuery('');
        else focusList();
        return true;
      }
      if (isTypingTarget(target)) return false;
      if (shell.selectedThreadId !== undefined) {
        shell.selectThread(undefined);
        focusList();
        return true;
      }
      if (ui.checked.size > 0) {
        ui.clearChecked();
        return true;
      }
      return false;
    }

    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isInDialog(event.target)) return;
      const { target, key } = event;
      if (key === 'Escape') {
        if (escape(target)) event.preventDefault();
        return;
      }
      if (isTypingTarget(target)) return;
      const onList = isListOrBody(target, gridRef.current);
      const ui = useInboxState.getState();
      switch (key) {
        case '/':
          searchRef.current?.focus();
          searchRef.current?.select();
          break;
        case 'j':
          move(1);
          break;
        case 'k':
          move(-1);
          break;
        case 'ArrowDown':
          if (!onList) return;
          move(1);
          break;
        case 'ArrowUp':
          if (!onList) return;
          move(-1);
          break;
        case 'Enter':
          if (!onList || ui.activeId === undefined) return;
          useUiState.getState().selectThread(ui.activeId);
          break;
        case 'x': {
          if (ui.activeId === undefined) return;
          const order = threadsRef.current.map((t) => t.id);
          const next = selectWith(ui.checked, ui.anchorId, order, ui.activeId, 'toggle');
          ui.setChecked(next.checked, next.anchorId);
          break;
        }
        default:
          return;
      }
      event.preventDefault();
    }

    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [gridRef, searchRef]);
}
