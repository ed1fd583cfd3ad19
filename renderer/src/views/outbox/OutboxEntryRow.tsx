/**
 * One message in the outbox: subject, recipients, the CRM copy, its state, and what can be done
 * now (Retry / Send now, Edit, Remove). Removing a message that was not sent asks first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../../shared/rules/send/outboxEntry';
import { Button } from '../../components/Button';
import { useFailureText } from '../common/failureText';
import { editOutboxEntry } from '../../state/compose';
import { closeOutbox } from './outboxFeed';
import { entryActions, entryState, type EntryAction } from './entryState';
import { EntryStatus } from './EntryStatus';
import { useEntryAction } from './useEntryAction';

export function OutboxEntryRow({ entry }: { entry: OutboxEntryView }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const state = entryState(entry);
  const actions = entryActions(state);
  const action = useEntryAction(entry.id);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const { summary } = entry;
  const recipients = [...summary.to, ...summary.cc, ...summary.bcc].map((m) => m.name ?? m.address).join(', ');
  const subject = summary.subject.trim() || t('outbox.noSubject');

  function run(name: EntryAction): void {
    if (name === 'edit') {
      closeOutbox();
      editOutboxEntry(entry.id);
    } else if (name === 'remove' && entry.state !== 'sent' && !confirmRemove) setConfirmRemove(true);
    else void action.run(name);
  }

  return (
    <li className={`outbox-entry is-${state.kind}`} data-testid="outbox-entry" aria-label={subject}>
      <div className="outbox-entry-summary">
        <p className="outbox-entry-subject">{subject}</p>
        <p className="outbox-entry-line">{t('outbox.to', { recipients: recipients || '—' })}</p>
        {summary.crmBcc && <p className="outbox-entry-line">{t('outbox.crmCopy', { address: summary.crmBcc })}</p>}
        {summary.attachments.length > 0 && <p className="outbox-entry-line">{t('outbox.attachments', { count: summary.attachments.length })}</p>}
      </div>
      <div className="outbox-entry-state" role="status">
        <EntryStatus state={state} />
        {action.problem !== undefined && <p className="field-error">{failureText(action.problem)}</p>}
      </div>
      {actions.length > 0 && (
        <div className="outbox-entry-actions">
          {confirmRemove ? (
            <span className="outbox-remove-confirm" role="group" aria-label={t('outbox.removeQuestion')}>
              <span>{t('outbox.removeQuestion')}</span>
              <Button onClick={() => void action.run('remove')} busy={action.busy === 'remove'}>
                {t('outbox.actions.removeConfirm')}
              </Button>
              <Button variant="quiet" onClick={() => setConfirmRemove(false)}>
                {t('outbox.actions.keep')}
              </Button>
            </span>
          ) : (
            actions.map((name) => (
              <Button
                key={name}
                variant={name === 'retry' && state.kind === 'failed' ? 'primary' : 'secondary'}
                busy={action.busy === name}
                onClick={() => run(name)}
                aria-label={t(`outbox.actions.${labelOf(name, state.kind)}Named`, { subject })}
              >
                {t(`outbox.actions.${labelOf(name, state.kind)}`)}
              </Button>
            ))
          )}
        </div>
      )}
    </li>
  );
}

/** Retry on a waiting message means "send now"; Remove on a sent one means "clear". */
function labelOf(name: EntryAction, kind: string): EntryAction | 'sendNow' | 'clear' {
  if (name === 'retry') return kind === 'failed' ? 'retry' : 'sendNow';
  if (name === 'remove') return kind === 'sent' ? 'clear' : 'remove';
  return name;
}
