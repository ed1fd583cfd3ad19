/**
 * The compose panel, docked under the current view and not modal (R10.5): the thread being
 * answered stays readable and scrollable above it. It is a non-modal dialog: the focus moves in
 * when it opens and back where it came from when it closes; Escape closes it (the draft is
 * kept), "Minimise" folds it to its title bar. It turns the request (deal, lead, recipients, a
 * thread's message, an outbox entry) into a draft once the account facts are known, then shows
 * the form.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { CloseIcon } from '../../components/MailIcons';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../components/useFormat';
import { closeCompose, discardDraft, setComposeMinimised, setPreparedDraft, useComposeState } from '../../state/compose';
import { ComposeForm } from './ComposeForm';
import { prepareDraft, prepareProblem, type PrepareProblem } from './prepareDraft';
import { ReplaceQuestion } from './ReplaceQuestion';
import { useAccountFacts } from './useAccountFacts';
import { useDockFocus } from './useDockFocus';
import '../../styles/compose.css';

type Problem = PrepareProblem | 'core-error' | 'no-account';

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
          className="icon-button compose-dock-button"
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
        <button type="button" className="icon-button compose-dock-button" aria-label={t('compose.close')} title={t('compose.close')} onClick={closeCompose} aria-keyshortcuts="Escape">
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
