/**
 * The outbox as the window sees it (R2.6): the entries from `outbox:list`, kept live by the
 * `outbox:changed` event. One subscription however many components use it (the sidebar count
 * and the panel); the panel's open state lives here too.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { OutboxEntryView } from '../../../../shared/rules/send/outboxEntry';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';

interface OutboxFeedState {
  entries: OutboxEntryView[];
  status: 'loading' | 'ready' | 'core-error';
  panelOpen: boolean;
}

export const useOutboxFeed = create<OutboxFeedState>(() => ({ entries: [], status: 'loading', panelOpen: false }));

export function openOutbox(): void {
  useOutboxFeed.setState({ panelOpen: true });
}

export function closeOutbox(): void {
  useOutboxFeed.setState({ panelOpen: false });
}

function upsert(entry: OutboxEntryView): void {
  useOutboxFeed.setState((s) => {
    const others = s.entries.filter((e) => e.id !== entry.id);
    return { entries: [...others, entry].sort((a, b) => a.createdAt - b.createdAt) };
  });
}

function reload(): void {
  api()
    .invoke('outbox:list', {})
    .then((entries) => useOutboxFeed.setState({ entries, status: 'ready' }))
    .catch((err: unknown) => {
      reportError('outbox:list', err);
      useOutboxFeed.setState({ status: 'core-error' });
    });
}

let users = 0;
let unsubscribe: (() => void) | undefined;

function subscribe(): () => void {
  users += 1;
  if (users === 1) {
    unsubscribe = api().on('outbox:changed', (event) => {
      if (event.kind === 'changed') upsert(event.entry);
      else useOutboxFeed.setState((s) => ({ entries: s.entries.filter((e) => e.id !== event.id) }));
    });
    reload();
  }
  return () => {
    users -= 1;
    if (users === 0) {
      unsubscribe?.();
      unsubscribe = undefined;
    }
  };
}

/** Keeps the feed live while the calling component is mounted. */
export function useOutboxSubscription(): void {
  useEffect(subscribe, []);
}

/** Waiting or failed: what still needs the server or the user. */
export function isOpenEntry(entry: OutboxEntryView): boolean {
  return entry.state !== 'sent';
}

export { reload as reloadOutbox };
