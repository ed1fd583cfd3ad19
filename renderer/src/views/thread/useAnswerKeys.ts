/**
 * R10.5 the keys r, a, f answer the open thread's latest message (reply, reply all, forward),
 * as in mail programs. Not while typing in a field, inside a dialog (compose included), under
 * a modal one, or with a modifier (Ctrl+F and the like stay the browser's).
 */
import { useEffect, useRef } from 'react';
import { isInDialog, isModalOpen, isTypingTarget } from '../common/keyTargets';
import { ANSWER_KEYS, answer } from './AnswerActions';

export function useAnswerKeys(threadId: string, latestMessageId: string | undefined): void {
  const latest = useRef(latestMessageId);
  useEffect(() => {
    latest.current = latestMessageId;
  }, [latestMessageId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      const mode = ANSWER_KEYS[event.key];
      const messageRowId = latest.current;
      if (mode === undefined || messageRowId === undefined) return;
      if (isTypingTarget(event.target) || isInDialog(event.target) || isModalOpen()) return;
      event.preventDefault();
      answer(threadId, messageRowId, mode);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [threadId]);
}
