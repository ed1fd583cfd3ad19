/**
 * Which record each item view has open (UI state only, never CRM data), and the one way to open
 * a record or a conversation from anywhere: `openRecord('persons', id)`, `openThread(id)`.
 * Choosing a view in the navigation shows its list again; opening a record does not.
 */
import { create } from 'zustand';
import type { ItemRef } from '../../../../shared/domain/crm';
import { useUiState } from '../../state/uiState';
import { LIST_OF_KIND, type ItemsViewKind } from './kinds';

interface ItemsNavState {
  open: Partial<Record<ItemsViewKind, string>>;
  setOpen(view: ItemsViewKind, id: string | undefined): void;
  /** the Import and export page (issue 22), shown in place of the list that opened it */
  transferOpen: boolean;
  setTransferOpen(open: boolean): void;
  /** R4.13: the item just created here, whose page offers earlier conversations once */
  justCreated: string | undefined;
  setJustCreated(id: string | undefined): void;
}

export const useItemsNav = create<ItemsNavState>((set) => ({
  open: {},
  setOpen: (view, id) => set((s) => ({ open: { ...s.open, [view]: id } })),
  transferOpen: false,
  setTransferOpen: (transferOpen) => set({ transferOpen }),
  justCreated: undefined,
  setJustCreated: (id) => set({ justCreated: id }),
}));

let opening = false;

useUiState.subscribe((state, previous) => {
  if (opening || state.view === previous.view) return;
  if (useItemsNav.getState().transferOpen) useItemsNav.getState().setTransferOpen(false);
  const view = state.view as ItemsViewKind;
  if (useItemsNav.getState().open[view] !== undefined) useItemsNav.getState().setOpen(view, undefined);
});

/** Shows `view` with record `id` open (a deal, lead, project, person or organization). */
export function openRecord(view: ItemsViewKind, id: string): void {
  useItemsNav.getState().setOpen(view, id);
  useItemsNav.getState().setTransferOpen(false);
  opening = true;
  try {
    useUiState.getState().showView(view);
  } finally {
    opening = false;
  }
}

/** Opens a deal, lead or project the user has just created: its page makes the one-time offer of R4.13. */
export function openCreatedItem(ref: ItemRef): void {
  useItemsNav.getState().setJustCreated(ref.itemId);
  openItem(ref);
}

/** Opens a deal, lead or project by its reference. */
export function openItem(ref: ItemRef): void {
  openRecord(LIST_OF_KIND[ref.kind], ref.itemId);
}

/** Opens a conversation in the inbox's thread view. */
export function openThread(threadId: string): void {
  const ui = useUiState.getState();
  ui.showView('inbox');
  ui.selectThread(threadId);
}
