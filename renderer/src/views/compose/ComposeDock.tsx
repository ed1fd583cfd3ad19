/**
 * The compose panel, docked under the current view and not modal (R10.5): the thread being
 * answered stays readable and scrollable above it. It is a non-modal dialog: the focus moves in
 * when it opens and back where it came from when it closes; Escape closes it (the draft is
 * kept), "Minimise" folds it to its title bar. It turns the request (deal, lead, recipients, a
 * thread's message, an outbox entry) into a draft once the account facts are known, then shows
 * the form.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { CloseIcon } from '../../components/MailIcons';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../components/useFormat';
import { closeCompose, discardDraft, setComposeMinimised, setPreparedDraft, settleReplacing, useComposeState } from '../../state/compose';
import { ComposeForm } from './ComposeForm';
import { prepareDraft, prepareProblem, type PrepareProblem } from './prepareDraft';
import { useAccountFacts } from './useAccountFacts';
import '../../styles/compose.css';

type Problem = PrepareProblem | 'core-error' | 'no-account';

/** what takes the focus in the panel: a field marked for it, else the first text field */
const FIRST_FIELD = '[data-autofocus], .compose-dock-body input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])';

export function ComposeDock() {
  const open = useComposeState((s) => s.open);
  return open ? <OpenDock /> : null;
}

function OpenDock() {
  const { t } = useTranslation();
  const { draft, request, generation, minimised, replacing } = useComposeState();
  const factsState = useAccountFacts(true);
  const store = useCrmStore();
  const format = useFormat();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const [problem, setProblem] = useState<Problem | undefined>();
  useDockFocus(ref, minimised, generation);

  useEffect(() => setProblem(undefined), [generation]);

  useEffect(() => {
    if (draft || !request || factsState.status !== 'ready') return;
    prepareDraft(request, { store, api: api(), facts: factsState.facts, formatDate: format.dateTime })
      .then((prepared) => setPreparedDraft(generation, prepared))
      .catch((err: unknown) => setProblem(prepareProblem(err)));
  }, [draft, request, generation, factsState, store, format]);

  const shownProblem: Problem | undefined = problem ?? (factsState.status === 'core-error' ? 'core-error' : factsState.status === 'no-account' ? 'no-account' : undefined);
  const mode = draft?.mode ?? (request?.outboxId !== undefined ? 'edit' : (request?.replyTo?.mode ?? 'new'));

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // the panel's Escape: nothing behind it (the open thread, the inbox) reacts to it as well
    event.preventDefault();
    event.stopPropagation();
    closeCompose();
  }

  return (
    <section
      ref={ref}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className={minimised ? 'compose-dock is-minimised' : 'compose-dock'}
      data-testid="compose"
      onKeyDown={onKeyDown}
    >
      <header className="compose-dock-header">
        <h2 id={titleId} tabIndex={-1} className="compose-dock-title">
          {t(`compose.title.${mode}`)}
          {draft && draft.subject.trim() !== '' && minimised && <span className="compose-dock-subject"> — {draft.subject}</span>}
        </h2>
        <button
          type="button"
          className="compose-dock-button"
          aria-expanded={!minimised}
          aria-label={minimised ? t('compose.dock.restore') : t('compose.dock.minimise')}
          title={minimised ? t('compose.dock.restore') : t('compose.dock.minimise')}
          onClick={() => setComposeMinimised(!minimised)}
          data-testid="compose-minimise"
        >
          <span aria-hidden="true" className="compose-dock-fold">
            {minimised ? '▴' : '▾'}
          </span>
        </button>
        <button type="button" className="compose-dock-button" aria-label={t('compose.close')} title={t('compose.close')} onClick={closeCompose} aria-keyshortcuts="Escape">
          <CloseIcon />
        </button>
      </header>
      <div className="compose-dock-body" hidden={minimised}>
        {replacing && <ReplaceQuestion />}
        {shownProblem ? (
          <div className="compose-problem">
            <Notice tone="error" title={t(`compose.problem.${shownProblem}.title`)} announce="alert">
              <p>{t(`compose.problem.${shownProblem}.text`)}</p>
            </Notice>
            <div className="actions">
              <Button onClick={discardDraft}>{t('compose.close')}</Button>
            </div>
          </div>
        ) : draft && factsState.status === 'ready' ? (
          <ComposeForm draft={draft} facts={factsState.facts} />
        ) : (
          <p className="compose-loading" role="status">
            <span className="spinner" aria-hidden="true" /> {t('compose.loading')}
          </p>
        )}
      </div>
    </section>
  );
}

/** Another message was asked for while this one has the user's words: replace it, or keep writing. */
function ReplaceQuestion() {
  const { t } = useTranslation();
  const questionId = useId();
  return (
    <div className="compose-replace" role="alertdialog" aria-modal="false" aria-labelledby={questionId} data-testid="compose-replace">
      <p id={questionId} className="compose-replace-text">
        {t('compose.replace.question')}
      </p>
      <div className="actions">
        <Button onClick={() => settleReplacing(true)}>{t('compose.replace.replace')}</Button>
        <Button variant="primary" onClick={() => settleReplacing(false)} autoFocus>
          {t('compose.replace.keep')}
        </Button>
      </div>
    </div>
  );
}

/**
 * Focus for a non-modal panel: in when it opens (or a new request replaces the draft, or it is
 * unfolded), to the first field once the form is there; back to what had it when the panel
 * closes (or to the Compose button when that is gone), and to the title bar when folded.
 */
function useDockFocus(ref: RefObject<HTMLElement | null>, minimised: boolean, generation: number): void {
  const returnTo = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active && !ref.current?.contains(active)) returnTo.current = active;
    return () => {
      const back = returnTo.current;
      const target = back instanceof HTMLElement && back.isConnected ? back : document.querySelector<HTMLElement>('[data-testid="compose-open"]');
      target?.focus({ preventScroll: true });
    };
  }, [ref]);

  useEffect(() => {
    const dock = ref.current;
    if (!dock) return;
    if (minimised) {
      if (dock.contains(document.activeElement)) dock.querySelector<HTMLElement>('[data-testid="compose-minimise"]')?.focus();
      return;
    }
    const focusFirst = (): boolean => {
      const field = dock.querySelector<HTMLElement>(FIRST_FIELD);
      if (!field) return false;
      // not when the user (or the replace question) already has the focus in the panel's body
      if (!dock.querySelector('.compose-dock-body')?.contains(document.activeElement)) field.focus();
      return true;
    };
    if (focusFirst()) return;
    // the form appears once the draft is prepared: until then the title holds the focus
    dock.querySelector<HTMLElement>('.compose-dock-title')?.focus();
    const observer = new MutationObserver(() => {
      if (focusFirst()) observer.disconnect();
    });
    observer.observe(dock, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, minimised, generation]);
}
