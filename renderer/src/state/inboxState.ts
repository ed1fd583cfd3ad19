/**
 * UI state of the inbox (never CRM data): the filter and search, the keyboard cursor, the
 * checked threads for bulk actions (R5.4), and which thread the "Link item" dialog is open for
 * (R4.10). The open thread itself is uiState's `selectedThreadId`, so other views can open one.
 */
import { create } from 'zustand';

export const INBOX_FILTERS = ['all', 'unlinked', 'linked', 'shared', 'private'] as const;
export type InboxFilterKind = (typeof INBOX_FILTERS)[number];

interface InboxUiState {
  filter: InboxFilterKind;
  query: string;
  /** the row the keyboard cursor is on */
  activeId: string | undefined;
  checked: ReadonlySet<string>;
  /** where a shift-click range starts */
  anchorId: string | undefined;
  linkPickerFor: string | undefined;
  setFilter(filter: InboxFilterKind): void;
  setQuery(query: string): void;
  setActive(id: string | undefined): void;
  setChecked(checked: ReadonlySet<string>, anchorId?: string): void;
  clearChecked(): void;
  openLinkPicker(threadId: string): void;
  closeLinkPicker(): void;
}

export const useInboxState = create<InboxUiState>((set) => ({
  filter: 'all',
  query: '',
  activeId: undefined,
  checked: new Set(),
  anchorId: undefined,
  linkPickerFor: undefined,
  setFilter: (filter) => set({ filter, checked: new Set(), anchorId: undefined }),
  setQuery: (query) => set({ query }),
  setActive: (activeId) => set({ activeId }),
  setChecked: (checked, anchorId) => set((s) => ({ checked, anchorId: anchorId ?? s.anchorId })),
  clearChecked: () => set({ checked: new Set(), anchorId: undefined }),
  openLinkPicker: (linkPickerFor) => set({ linkPickerFor }),
  closeLinkPicker: () => set({ linkPickerFor: undefined }),
}));
