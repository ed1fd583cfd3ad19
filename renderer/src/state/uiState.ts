/** UI state only (what is selected and open); CRM data lives in IndexedDB, never here. */
import { create } from 'zustand';

export const VIEWS = ['inbox', 'deals', 'leads', 'projects', 'persons', 'organizations', 'rejected', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];

interface UiState {
  view: ViewName;
  selectedThreadId: string | undefined;
  /** the Settings section to bring into view once Settings shows it (its `id`), then cleared */
  settingsSection: string | undefined;
  showView(view: ViewName): void;
  selectThread(id: string | undefined): void;
  /** Settings, at one of its sections (e.g. 'addresses', 'account') */
  showSettings(section: string): void;
  settingsSectionShown(): void;
}

export const useUiState = create<UiState>((set) => ({
  view: 'inbox',
  selectedThreadId: undefined,
  settingsSection: undefined,
  showView: (view) => set({ view, selectedThreadId: undefined }),
  selectThread: (id) => set({ selectedThreadId: id }),
  showSettings: (section) => set({ view: 'settings', selectedThreadId: undefined, settingsSection: section }),
  settingsSectionShown: () => set({ settingsSection: undefined }),
}));
