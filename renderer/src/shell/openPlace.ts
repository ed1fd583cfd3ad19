/**
 * A click on a desktop notification (`app:open`, main/notifications): the place to act is shown
 * — the Rejected list, the outbox, or Settings at the account, where a source that stopped is
 * fixed (its password, its certificate). main has already brought the window to the front.
 */
import { useEffect } from 'react';
import type { NotificationPlace } from '../../../shared/ipc/calls/notifications';
import { api } from '../api/api';
import { useUiState } from '../state/uiState';
import { openOutbox } from '../views/outbox/outboxFeed';

/** Settings loads the account before it shows the section: look for its heading for a few seconds' frames. */
function focusSection(id: string, framesLeft = 300): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(`${id}-title`);
    if (!heading) {
      if (framesLeft > 0) focusSection(id, framesLeft - 1);
      return;
    }
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  });
}

export function openPlace(place: NotificationPlace): void {
  const { showView } = useUiState.getState();
  if (place === 'rejected') showView('rejected');
  else if (place === 'outbox') openOutbox();
  else {
    showView('settings');
    focusSection('account');
  }
}

export function useOpenPlace(): void {
  useEffect(() => api().on('app:open', ({ place }) => openPlace(place)), []);
}
