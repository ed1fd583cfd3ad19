/**
 * blindcopy:// links the shell hands over (`app:deepLink`, R6.2): an address confirmation link
 * is checked with `addresses:confirmToken` and its outcome said plainly in a dismissible notice.
 * main then announces `addresses:confirmed`, on which the session releases held mail (R3.8) and
 * Settings lists the address as confirmed.
 *
 * Usage, once, inside the app (it subscribes for as long as the component lives):
 *   const deepLinkNotice = useDeepLinks();  ...  {deepLinkNotice}
 * The notice places itself (fixed, top of the window), so where it is rendered does not matter.
 */
import { createElement, useCallback, useEffect, useState, type ReactNode } from 'react';
import { CONFIRM_LINK_PREFIX, parseConfirmationLink } from '../../../shared/rules/send/confirmation';
import { isRefusal } from '../../../shared/failures/failure';
import { api } from '../api/api';
import { reportError } from '../api/reportError';
import { ConfirmLinkNotice, type ConfirmLinkOutcome } from '../views/compose/ConfirmLinkNotice';

function isConfirmLink(url: string): boolean {
  return url.trim().toLowerCase().startsWith(CONFIRM_LINK_PREFIX);
}

export async function confirmByLink(url: string): Promise<ConfirmLinkOutcome> {
  const token = parseConfirmationLink(url);
  if (token === undefined) return { status: 'invalid' };
  try {
    const answer = await api().invoke('addresses:confirmToken', { token });
    return { status: 'confirmed', address: answer.address };
  } catch (err) {
    if (isRefusal(err)) return err.code === 'confirm-expired' ? { status: 'expired' } : { status: 'invalid' };
    reportError('confirm link', err);
    return { status: 'core-error' };
  }
}

export function useDeepLinks(): ReactNode {
  const [outcome, setOutcome] = useState<ConfirmLinkOutcome | undefined>();

  useEffect(() => {
    let live = true;
    // Links are taken from main, never read from the event: each is handled exactly once, and a
    // link that started the app (before this page listened) is still there to take.
    const takeAll = () => {
      void api()
        .invoke('app:takeDeepLinks', {})
        .then(({ urls }) => {
          for (const url of urls.filter(isConfirmLink)) {
            setOutcome({ status: 'checking' });
            void confirmByLink(url).then((result) => live && setOutcome(result));
          }
        })
        .catch((err: unknown) => reportError('app:takeDeepLinks', err));
    };
    takeAll();
    const off = api().on('app:deepLink', takeAll);
    return () => {
      live = false;
      off();
    };
  }, []);

  const dismiss = useCallback(() => setOutcome(undefined), []);
  return outcome ? createElement(ConfirmLinkNotice, { outcome, onDismiss: dismiss }) : null;
}
