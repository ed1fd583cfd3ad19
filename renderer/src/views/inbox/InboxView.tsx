/**
 * The inbox (R10.1), laid out like a mail client: the thread list on the left, the open thread
 * in the middle, its link panel on the right. The list pages through the store as the user
 * scrolls; filters, search, multi-select with bulk sharing (R5.4), "Link item" on hover (R4.10)
 * and the keyboard (useInboxKeyboard) act on it.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxState } from '../../state/inboxState';
import { useUiState } from '../../state/uiState';
import type { ReactNode } from 'react';
import { ThreadPane, type RenderOpenThread } from './ThreadPane';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { InboxEmpty } from './InboxEmpty';
import { SearchBox } from './SearchBox';
import { selectWith, type SelectGesture } from './selection';
import { ThreadList } from './ThreadList';
import { useInboxKeyboard } from './useInboxKeyboard';
import { useInboxThreads } from './useInboxThreads';
import '../../styles/inbox.css';

/**
 * The reading pane's content and the "Link item" picker belong to other feature folders (thread,
 * linkPanel): the shell hands them in, so this folder imports neither.
 */
export interface InboxSlots {
  renderThread: RenderOpenThread;
  renderLinkPicker: (threadId: string, onClose: () => void) => ReactNode;
}

export function InboxView({ renderThread, renderLinkPicker }: InboxSlots) {
  const { t } = useTranslation();
  const filter = useInboxState((s) => s.filter);
  const query = useInboxState((s) => s.query);
  const activeId = useInboxState((s) => s.activeId);
  const checked = useInboxState((s) => s.checked);
  const linkPickerFor = useInboxState((s) => s.linkPickerFor);
  const openId = useUiState((s) => s.selectedThreadId);
  const list = useInboxThreads(filter, query);
  const gridRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const threadsRef = useRef(list.threads);
  useEffect(() => {
    threadsRef.current = list.threads;
  }, [list.threads]);

  useInboxKeyboard({ threads: list.threads, gridRef, searchRef });

  const onOpen = useCallback((id: string) => {
    useInboxState.getState().setActive(id);
    useUiState.getState().selectThread(id);
  }, []);
  const onSelect = useCallback((id: string, gesture: SelectGesture) => {
    const ui = useInboxState.getState();
    const next = selectWith(ui.checked, ui.anchorId, threadsRef.current.map((t) => t.id), id, gesture);
    ui.setChecked(next.checked, next.anchorId);
    ui.setActive(id);
  }, []);
  const onLinkItem = useCallback((id: string) => {
    useInboxState.getState().setActive(id);
    useInboxState.getState().openLinkPicker(id);
  }, []);

  const empty = !list.loading && list.threads.length === 0;
  return (
    <div className={openId ? 'inbox-layout has-open' : 'inbox-layout'} data-testid="inbox">
      <section className="inbox-list-pane" aria-labelledby="inbox-list-title">
        <h2 id="inbox-list-title" className="visually-hidden">
          {t('inbox.list.label')}
        </h2>
        <div className="inbox-toolbar">
          <SearchBox inputRef={searchRef} />
          <FilterBar />
        </div>
        <BulkBar />
        {empty ? (
          <InboxEmpty filter={filter} query={query} />
        ) : (
          <ThreadList
            threads={list.threads}
            hasMore={list.hasMore}
            loadMore={list.loadMore}
            activeId={activeId}
            openId={openId}
            checked={checked}
            gridRef={gridRef}
            onOpen={onOpen}
            onSelect={onSelect}
            onLinkItem={onLinkItem}
          />
        )}
      </section>
      <ThreadPane threadId={openId} renderThread={renderThread} />
      {linkPickerFor && renderLinkPicker(linkPickerFor, () => useInboxState.getState().closeLinkPicker())}
    </div>
  );
}

