/**
 * The virtualized thread list (@tanstack/react-virtual): only the rows in view (and a few
 * around) are in the DOM, and the next page is asked for before the user reaches the end, so it
 * scrolls the same with 50 threads or 100,000. A grid with one focus stop: the keyboard cursor is
 * aria-activedescendant; checked rows are aria-selected.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadRow } from '../../db/records';
import { InboxRow } from './InboxRow';
import type { SelectGesture } from './selection';

export const ROW_HEIGHT = 100;
/** ask for the next page when the last rendered row is this close to the end */
const PREFETCH_ROWS = 60;

export interface ThreadListProps {
  threads: readonly ThreadRow[];
  hasMore: boolean;
  loadMore(): void;
  activeId: string | undefined;
  openId: string | undefined;
  checked: ReadonlySet<string>;
  gridRef: RefObject<HTMLDivElement | null>;
  onOpen(id: string): void;
  onSelect(id: string, gesture: SelectGesture): void;
  onLinkItem(id: string): void;
}

export const rowDomId = (threadId: string) => `inbox-row-${threadId}`;

export function ThreadList({ threads, hasMore, loadMore, activeId, openId, checked, gridRef, onOpen, onSelect, onLinkItem }: ThreadListProps) {
  const { t } = useTranslation();
  const count = threads.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => threads[index]?.id ?? '__more',
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows[rows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastRendered >= threads.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, lastRendered, threads.length, loadMore]);

  const activeIndex = activeId === undefined ? -1 : threads.findIndex((th) => th.id === activeId);
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={t('inbox.list.label')}
      aria-multiselectable="true"
      aria-rowcount={hasMore ? -1 : threads.length}
      aria-activedescendant={activeIndex >= 0 && activeId ? rowDomId(activeId) : undefined}
      tabIndex={0}
      className="inbox-grid"
      data-testid="inbox-list"
    >
      <div role="presentation" className="inbox-grid-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const thread = threads[row.index];
          if (!thread) {
            return (
              <div key={row.key} role="row" className="inbox-more" style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
                <div role="gridcell">
                  <span className="spinner" aria-hidden="true" />
                  {t('inbox.list.loadingMore')}
                </div>
              </div>
            );
          }
          return (
            <InboxRow
              key={row.key}
              thread={thread}
              position={row.index + 1}
              domId={rowDomId(thread.id)}
              active={thread.id === activeId}
              open={thread.id === openId}
              checked={checked.has(thread.id)}
              top={row.start}
              height={row.size}
              onOpen={onOpen}
              onSelect={onSelect}
              onLinkItem={onLinkItem}
            />
          );
        })}
      </div>
    </div>
  );
}
