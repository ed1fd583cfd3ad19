/**
 * The undo toast (issue 20.6): what was just done and "Undo", for UNDO_MS — paused while the
 * pointer is over it or the focus is in it, so nobody loses the chance while reaching for it.
 * Ctrl+Z (⌘Z) takes it too, unless the user is typing. The words are in a live region that is
 * always in the page, so screen readers hear each new offer; the focus is never moved here.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { UNDO_MS, endOffer, endOfferOnLeave, takeUndo, useUndoState } from '../../state/undo';
import { useFailureText } from './failureText';
import { isModalOpen, isTypingTarget } from './keyTargets';
import '../../styles/undo.css';

function useCountdown(id: number | undefined, running: boolean): void {
  const remaining = useRef(UNDO_MS);
  useEffect(() => {
    remaining.current = UNDO_MS;
  }, [id]);
  useEffect(() => {
    if (id === undefined || !running) return;
    const started = Date.now();
    const timer = window.setTimeout(() => endOffer(id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [id, running]);
}

export function UndoToast() {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const offer = useUndoState((s) => s.offer);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const id = offer?.id;
  useCountdown(id, offer?.state === 'offered' && !hovered && !focused);

  useEffect(endOfferOnLeave, []);

  // a new offer starts unpaused: the pointer left a closed toast without a mouseleave (it takes no pointer then)
  useEffect(() => {
    setHovered(false);
    setFocused(false);
  }, [id]);

  useEffect(() => {
    if (id === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isTypingTarget(event.target) || isModalOpen()) return;
      event.preventDefault();
      void takeUndo(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);

  return (
    <div
      className="undo-toast"
      data-open={offer ? 'true' : 'false'}
      data-testid="undo-toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <p role="status" className="undo-message" data-testid="undo-message">
        {offer &&
          (offer.state === 'failed'
            ? t(offer.failedStep === 'commit' ? 'common.undo.commitFailed' : 'common.undo.failed', { reason: failureText(offer.failure) })
            : offer.message)}
      </p>
      {offer && (
        <div className="undo-actions">
          {offer.state !== 'failed' && (
            <Button variant="quiet" className="undo-button" busy={offer.state === 'undoing'} aria-keyshortcuts="Control+Z Meta+Z" onClick={() => void takeUndo(offer.id)} data-testid="undo-button">
              {t('common.undo.button')}
            </Button>
          )}
          <Button variant="quiet" className="undo-close" aria-label={t('common.undo.close')} onClick={() => endOffer(offer.id)}>
            <span aria-hidden="true">✕</span>
          </Button>
        </div>
      )}
    </div>
  );
}
