/** UI state only (what is selected and open); CRM data lives in IndexedDB, never here. */
import { create } from 'zustand';

export const VIEWS = ['inbox', 'deals', 'leads', 'projects', 'persons', 'organizations', 'rejected', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];

interface UiState {
  view: ViewName;
  selectedThreadId: string | undefined;
  showView(view: ViewName): void;
  selectThread(id: string | undefined): void;
}

export const useUiState = create<UiState>((set) => ({
  view: 'inbox',
  selectedThreadId: undefined,
  showView: (view) => set({ view, selectedThreadId: undefined }),
  selectThread: (id) => set({ selectedThreadId: id }),
}));
