/**
 * The right side of the inbox: the open thread with its link panel, or what to do. What an open
 * thread shows is handed in by the shell (`renderThread`): the thread and link panel are feature
 * folders of their own, and a feature folder imports no other (eslint.config.js, renderer layers).
 */
import type { ReactNode } from 'react';
import { useUiState } from '../../state/uiState';
import { ReadingPlaceholder } from './ReadingPlaceholder';

/** Renders an open thread (its messages and its link panel); `onClose` closes it. */
export type RenderOpenThread = (threadId: string, onClose: () => void) => ReactNode;

export function ThreadPane({ threadId, renderThread }: { threadId: string | undefined; renderThread: RenderOpenThread }) {
  const close = () => {
    useUiState.getState().selectThread(undefined);
    document.querySelector<HTMLElement>('.inbox-grid')?.focus({ preventScroll: true });
  };
  if (!threadId) {
    return (
      <div className="thread-pane is-empty">
        <ReadingPlaceholder />
      </div>
    );
  }
  return (
    <div className="thread-pane" key={threadId}>
      {renderThread(threadId, close)}
    </div>
  );
}
