/**
 * The thread's link, in the panel and in the inbox's "Link item" dialog: the item, or a way to
 * choose one. "Linked to …" holds while the thread is linked so (issue 20.6); an unlink is said
 * by the undo toast.
 */
import { useMomentNote } from '../../components/useMomentNote';
import type { ThreadRow } from '../../db/records';
import { LinkChooser } from './LinkChooser';
import { LinkedItemCard } from './LinkedItemCard';

function stateKey(threadId: string, link: { kind: string; itemId: string } | undefined): string {
  return `${threadId}|${link ? `${link.kind}:${link.itemId}` : ''}`;
}

export function ItemLink({ thread }: { thread: ThreadRow }) {
  const [said, say] = useMomentNote(stateKey(thread.id, thread.link));
  const { link } = thread;
  return (
    <div className="item-link">
      {link ? (
        <LinkedItemCard thread={{ ...thread, link }} />
      ) : (
        <LinkChooser thread={thread} onLinked={(message, item) => say(message, stateKey(thread.id, { kind: item.kind, itemId: item.id }))} />
      )}
      <p role="status" className="link-status" data-testid="link-status">
        {said}
      </p>
    </div>
  );
}
