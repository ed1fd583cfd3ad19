/**
 * The compose panel: a modal dialog over the app (focus stays inside, Escape closes it and keeps
 * the draft). It turns the request (deal, lead, recipients, a thread's message, an outbox entry)
 * into a draft once the account facts are known, then shows the form.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../components/useFormat';
import { closeCompose, discardDraft, setPreparedDraft, useComposeState } from '../../state/compose';
import { ComposeForm } from './ComposeForm';
import { prepareDraft, prepareProblem, type PrepareProblem } from './prepareDraft';
import { useAccountFacts } from './useAccountFacts';
import '../../styles/compose.css';

type Problem = PrepareProblem | 'core-error' | 'no-account';

export function ComposeDialog() {
  const { t } = useTranslation();
  const { open, draft, request, generation } = useComposeState();
  const factsState = useAccountFacts(open);
  const store = useCrmStore();
  const format = useFormat();
  const [problem, setProblem] = useState<Problem | undefined>();

  useEffect(() => setProblem(undefined), [generation]);

  useEffect(() => {
    if (!open || draft || !request || factsState.status !== 'ready') return;
    prepareDraft(request, { store, api: api(), facts: factsState.facts, formatDate: format.dateTime })
      .then((prepared) => setPreparedDraft(generation, prepared))
      .catch((err: unknown) => setProblem(prepareProblem(err)));
  }, [open, draft, request, generation, factsState, store, format]);

  const shownProblem: Problem | undefined = problem ?? (factsState.status === 'core-error' ? 'core-error' : factsState.status === 'no-account' ? 'no-account' : undefined);
  const mode = draft?.mode ?? (request?.outboxId !== undefined ? 'edit' : (request?.replyTo?.mode ?? 'new'));

  if (!open) return null;
  return (
    <Dialog title={t(`compose.title.${mode}`)} closeLabel={t('compose.close')} onClose={closeCompose} layout="wide" testId="compose">
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
    </Dialog>
  );
}
