/**
 * blindcopy:// links the shell hands over (`app:deepLink`, R6.2). Each is read once
 * (shared/rules/deepLink.ts): a link of any other length or shape is refused with a notice that
 * says so; an address confirmation link first asks the user, because anyone can make a page open
 * one, and only on "Confirm" is it checked with `addresses:confirmToken`, its outcome said
 * plainly in a dismissible notice. main then announces `addresses:confirmed`, on which the
 * session releases held mail (R3.8) and Settings lists the address as confirmed.
 *
 * Usage, once, inside the app (it subscribes for as long as the component lives):
 *   const deepLinkNotice = useDeepLinks();  ...  {deepLinkNotice}
 * The notice places itself (fixed, top of the window), so where it is rendered does not matter.
 */
import { createElement, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { readDeepLink } from '../../../shared/rules/deepLink';
import { isRefusal } from '../../../shared/failures/failure';
import { api } from '../api/api';
import { reportError } from '../api/reportError';
import { ConfirmLinkNotice, type ConfirmLinkOutcome } from '../views/compose/ConfirmLinkNotice';

/** Checks a confirmation token with main: the user has said yes to it. */
export async function confirmToken(token: string): Promise<ConfirmLinkOutcome> {
  try {
    const answer = await api().invoke('addresses:confirmToken', { token });
    return { status: 'confirmed', address: answer.address };
  } catch (err) {
    if (isRefusal(err)) return err.code === 'confirm-expired' ? { status: 'expired' } : { status: 'invalid' };
    reportError('confirm link', err);
    return { status: 'core-error' };
  }
}

/** What a link taken from main shows first: a question, or why it is refused. */
export function firstOutcome(url: string): ConfirmLinkOutcome {
  const link = readDeepLink(url);
  if (link.kind === 'confirm-address') return { status: 'ask', token: link.token };
  // a confirmation link with a broken token keeps its own, more helpful words
  return link.reason === 'bad-token' ? { status: 'invalid' } : { status: 'refused' };
}

export function useDeepLinks(): ReactNode {
  const [outcome, setOutcome] = useState<ConfirmLinkOutcome | undefined>();
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    // Links are taken from main, never read from the event: each is handled exactly once, and a
    // link that started the app (before this page listened) is still there to take.
    const takeAll = () => {
      void api()
        .invoke('app:takeDeepLinks', {})
        .then(({ urls }) => {
          // the newest link is the one the user just opened
          const newest = urls[urls.length - 1];
          if (newest !== undefined && live.current) setOutcome(firstOutcome(newest));
        })
        .catch((err: unknown) => reportError('app:takeDeepLinks', err));
    };
    takeAll();
    const off = api().on('app:deepLink', takeAll);
    return () => {
      live.current = false;
      off();
    };
  }, []);

  const dismiss = useCallback(() => setOutcome(undefined), []);
  const confirm = (): void => {
    if (outcome?.status !== 'ask') return;
    setOutcome({ status: 'checking' });
    void confirmToken(outcome.token).then((result) => live.current && setOutcome(result));
  };
  return outcome ? createElement(ConfirmLinkNotice, { outcome, onDismiss: dismiss, onConfirm: confirm }) : null;
}
