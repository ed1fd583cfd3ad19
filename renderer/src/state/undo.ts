/**
 * Undo for a few seconds after an unlink or a delete (issue 20.6): one offer at a time, shown by
 * the shell's undo toast. Two kinds:
 * - done at once, undone by a store action that records its own operation (an unlink, undone by
 *   `store.restoreLink`, R4.11 / R8.3);
 * - deferred (deletes): nothing is written until the offer ends without Undo; meanwhile the
 *   record is hidden from lists (`hides`). A delete is a tombstone everywhere (R3.7, R8.3: a
 *   delete beats every older create and edit), so waiting is the one way Undo can be exact: an
 *   undone delete never happened, on this device or any other.
 * A new offer ends the previous one (its deferred write runs), as does leaving the page.
 */
import { create } from 'zustand';

/** How long the toast waits while the pointer and the focus are elsewhere. */
export const UNDO_MS = 8000;

export interface UndoRequest {
  /** what was done, in the user's words ("Unlinked from …", "Deal deleted") */
  message: string;
  /** puts things back; a rejection is shown in the toast */
  undo(): Promise<unknown>;
  /** a deferred delete: runs when the offer ends without Undo */
  commit?(): Promise<unknown>;
  /** keys of rows lists leave out while `commit` waits (`hiddenKey`) */
  hides?: readonly string[];
}

export interface UndoOffer extends UndoRequest {
  id: number;
  /** failed: the undo, or the deferred write, did not go through; the toast says why (failureText reports it) */
  state: 'offered' | 'undoing' | 'failed';
  failure?: unknown;
  failedStep?: 'undo' | 'commit';
}

interface UndoState {
  offer: UndoOffer | undefined;
  hidden: ReadonlySet<string>;
}

export const useUndoState = create<UndoState>(() => ({ offer: undefined, hidden: new Set() }));

let nextId = 1;

export function hiddenKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

function unhide(keys: readonly string[] | undefined): void {
  if (!keys?.length) return;
  useUndoState.setState((s) => ({ hidden: new Set([...s.hidden].filter((k) => !keys.includes(k))) }));
}

/** Runs a deferred write; the rows stay hidden until it is done, so they do not flash back. */
function commit(offer: UndoOffer): void {
  if (!offer.commit) return;
  offer
    .commit()
    .catch((failure: unknown) => {
      // handled: said in the toast (the record is shown again, as it was not deleted)
      if (useUndoState.getState().offer === undefined) {
        useUndoState.setState({ offer: { ...offer, id: nextId++, state: 'failed', failure, failedStep: 'commit' } });
      }
    })
    .finally(() => unhide(offer.hides));
}

/** Offers Undo for what was just done; the previous offer ends first. */
export function offerUndo(request: UndoRequest): void {
  const previous = useUndoState.getState().offer;
  if (previous) endOffer(previous.id);
  const offer: UndoOffer = { ...request, id: nextId++, state: 'offered' };
  useUndoState.setState((s) => ({ offer, hidden: new Set([...s.hidden, ...(request.hides ?? [])]) }));
}

/** The time is up, or the user closed the toast: a deferred write runs now. */
export function endOffer(id: number): void {
  const offer = useUndoState.getState().offer;
  if (!offer || offer.id !== id) return;
  useUndoState.setState({ offer: undefined });
  if (offer.state === 'offered') commit(offer);
}

/** Undo: a deferred write is dropped, a done one is put back by the store. */
export async function takeUndo(id: number): Promise<void> {
  const offer = useUndoState.getState().offer;
  if (!offer || offer.id !== id || offer.state === 'undoing') return;
  useUndoState.setState({ offer: { ...offer, state: 'undoing' } });
  try {
    await offer.undo();
    unhide(offer.hides);
    if (useUndoState.getState().offer?.id === id) useUndoState.setState({ offer: undefined });
  } catch (failure) {
    // handled: said in the toast, which words it with failureText (that reports what is not a Failure)
    if (useUndoState.getState().offer?.id === id) useUndoState.setState({ offer: { ...offer, state: 'failed', failure, failedStep: 'undo' } });
  }
}

/** Closing or reloading the window ends the offer: a delete the user asked for still happens. */
export function endOfferOnLeave(): () => void {
  const leave = () => {
    const offer = useUndoState.getState().offer;
    if (offer) endOffer(offer.id);
  };
  window.addEventListener('pagehide', leave);
  return () => window.removeEventListener('pagehide', leave);
}

/** Whether a row waits for its deferred delete (lists leave it out). */
export function useHidden(): (kind: string, id: string) => boolean {
  const hidden = useUndoState((s) => s.hidden);
  return (kind, id) => hidden.has(hiddenKey(kind, id));
}
