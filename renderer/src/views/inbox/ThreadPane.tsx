/** The right side of the inbox: the open thread with its link panel, or what to do. */
import { useUiStore } from '../../state/uiStore';
import { LinkPanel } from '../linkPanel/LinkPanel';
import { ThreadView } from '../thread/ThreadView';
import { ReadingPlaceholder } from './ReadingPlaceholder';

export function ThreadPane({ threadId }: { threadId: string | undefined }) {
  const close = () => {
    useUiStore.getState().selectThread(undefined);
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
      <ThreadView threadId={threadId} onClose={close} />
      <LinkPanel threadId={threadId} />
    </div>
  );
}
