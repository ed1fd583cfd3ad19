/** The thread's link, in the panel and in the inbox's "Link item" dialog: the item, or a way to choose one. */
import { useState } from 'react';
import type { ThreadRow } from '../../db/records';
import { LinkChooser } from './LinkChooser';
import { LinkedItemCard } from './LinkedItemCard';

export function ItemLink({ thread }: { thread: ThreadRow }) {
  const [said, setSaid] = useState<string | undefined>();
  return (
    <div className="item-link">
      {thread.link ? <LinkedItemCard threadId={thread.id} link={thread.link} onUnlinked={setSaid} /> : <LinkChooser thread={thread} onLinked={setSaid} />}
      <p role="status" className="link-status" data-testid="link-status">
        {said}
      </p>
    </div>
  );
}
