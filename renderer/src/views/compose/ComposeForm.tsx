/**
 * The message being written: From, To / Cc / Bcc, deal or lead and the CRM copy, subject, text
 * (plain text; the HTML alternative is made from it, see plainToHtml), attachments, warnings,
 * and Send. Every change goes straight into the draft (UI state), so closing keeps it.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '../../../../shared/domain/mail';
import { Button } from '../../components/Button';
import { discardDraft, updateDraft, useComposeState, type ComposeDraft } from '../../state/compose';
import type { AccountFacts } from './accountFacts';
import { AttachmentList } from './AttachmentList';
import { warningsOf } from './buildMessage';
import { ComposeOutcome } from './ComposeOutcome';
import { CrmCopyLine } from './CrmCopyLine';
import { ItemPicker } from './ItemPicker';
import { addMailboxes, parseRecipients } from './parseRecipients';
import { RecipientField } from './RecipientField';
import { SendWarnings } from './SendWarnings';
import { useSendDraft } from './useSendDraft';

type ListName = 'to' | 'cc' | 'bcc';
const LISTS: readonly ListName[] = ['to', 'cc', 'bcc'];

export function ComposeForm({ draft, facts }: { draft: ComposeDraft; facts: AccountFacts }) {
  const { t } = useTranslation();
  const ids = useId();
  const [pending, setPending] = useState<Record<ListName, string>>({ to: '', cc: '', bcc: '' });
  const [noRecipient, setNoRecipient] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const sending = useSendDraft();
  const warnings = useMemo(() => warningsOf(draft, facts), [draft, facts]);

  function setList(list: ListName, next: Mailbox[]): void {
    updateDraft({ [list]: next });
    if (next.length > 0) setNoRecipient(false);
  }

  /** Typed text not yet made into recipients counts too; anything invalid stops the send. */
  function settledDraft(): ComposeDraft | undefined {
    const current = useComposeState.getState().draft ?? draft;
    const next = { ...current };
    let invalid = false;
    for (const list of LISTS) {
      const parsed = parseRecipients(pending[list]);
      if (parsed.invalid.length > 0) invalid = true;
      next[list] = addMailboxes(current[list], parsed.mailboxes);
    }
    updateDraft({ to: next.to, cc: next.cc, bcc: next.bcc });
    setPending((p) => ({ to: invalid ? p.to : '', cc: invalid ? p.cc : '', bcc: invalid ? p.bcc : '' }));
    return invalid ? undefined : next;
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const ready = settledDraft();
    if (!ready) return;
    const recipients = ready.to.length + (ready.showCc ? ready.cc.length : 0) + (ready.showBcc ? ready.bcc.length : 0);
    if (recipients === 0) return setNoRecipient(true);
    void sending.send(ready, facts);
  }

  // the field that gets the focus when the form appears; marked too for the Dialog, which moves
  // the focus when compose reopens on a kept draft (autoFocus misses while the dialog is closed)
  const textFirst = draft.mode === 'reply' || draft.mode === 'reply-all';
  // new mail already addressed (from a person, a deal or a lead) starts at the subject
  const subjectFirst = draft.mode === 'new' && draft.to.length > 0;
  const senderOptions = facts.senders.map((a) => ({ value: a, label: facts.displayName ? `${facts.displayName} <${a}>` : a }));
  const recipientField = (list: ListName, autoFocus = false) => (
    <RecipientField
      label={t(`compose.fields.${list}`)}
      listLabel={t(`compose.recipients.listLabel.${list}`)}
      value={draft[list]}
      onChange={(next) => setList(list, next)}
      pending={pending[list]}
      onPendingChange={(text) => setPending((p) => ({ ...p, [list]: text }))}
      error={list === 'to' && noRecipient ? t('compose.recipients.missing') : undefined}
      autoFocus={autoFocus}
      testId={`compose-${list}`}
    />
  );

  return (
    <form className="compose-form" onSubmit={submit} noValidate>
      <div className="compose-scroll">
        <div className="compose-fields">
          <div className="compose-row">
            <label htmlFor={`${ids}-from`} className="compose-recipient-label">
              {t('compose.fields.from')}
            </label>
            {senderOptions.length > 1 ? (
              <select id={`${ids}-from`} className="compose-input compose-from" value={draft.from ?? facts.primary} onChange={(e) => updateDraft({ from: e.target.value })}>
                {senderOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <output id={`${ids}-from`} className="compose-from-value">
                {senderOptions[0]?.label}
              </output>
            )}
          </div>
          {recipientField('to', !subjectFirst && (draft.mode === 'new' || draft.mode === 'forward'))}
          {draft.showCc && recipientField('cc')}
          {draft.showBcc && recipientField('bcc')}
          {(!draft.showCc || !draft.showBcc) && (
            <div className="compose-add-lists">
              {!draft.showCc && (
                <Button variant="quiet" onClick={() => updateDraft({ showCc: true })}>
                  {t('compose.fields.addCc')}
                </Button>
              )}
              {!draft.showBcc && (
                <Button variant="quiet" onClick={() => updateDraft({ showBcc: true })}>
                  {t('compose.fields.addBcc')}
                </Button>
              )}
            </div>
          )}
          <div className="compose-row">
            <label htmlFor={`${ids}-subject`} className="compose-recipient-label">
              {t('compose.fields.subject')}
            </label>
            <input
              id={`${ids}-subject`}
              type="text"
              className="compose-input"
              value={draft.subject}
              onChange={(e) => updateDraft({ subject: e.target.value })}
              maxLength={998}
              autoFocus={subjectFirst}
              data-autofocus={subjectFirst || undefined}
            />
          </div>
        </div>

        <section className="compose-crm" aria-labelledby={`${ids}-crm`}>
          <h3 id={`${ids}-crm`} className="visually-hidden">
            {t('compose.crm.title')}
          </h3>
          <ItemPicker value={draft.item} onChange={(item) => updateDraft(item ? { item } : { item: undefined })} />
          <CrmCopyLine draft={draft} facts={facts} onCompanyCopy={(companyCopy) => updateDraft({ companyCopy })} />
        </section>

        <div className="field compose-body">
          <label htmlFor={`${ids}-text`}>{t('compose.fields.text')}</label>
          <textarea id={`${ids}-text`} value={draft.text} onChange={(e) => updateDraft({ text: e.target.value })} rows={8} autoFocus={textFirst} data-autofocus={textFirst || undefined} />
        </div>

        <AttachmentList value={draft.attachments} onChange={(attachments) => updateDraft({ attachments })} />
      </div>

      <div className="compose-footer">
        <SendWarnings warnings={warnings} />
        <ComposeOutcome state={sending.state} />
        <div className="compose-actions">
          {confirmDiscard ? (
            <span className="compose-discard-confirm" role="group" aria-label={t('compose.discard.question')}>
              <span>{t('compose.discard.question')}</span>
              <Button onClick={discardDraft}>{t('compose.discard.confirm')}</Button>
              <Button variant="quiet" onClick={() => setConfirmDiscard(false)} autoFocus>
                {t('compose.discard.keep')}
              </Button>
            </span>
          ) : (
            <Button variant="quiet" onClick={() => setConfirmDiscard(true)}>
              {t('compose.discard.button')}
            </Button>
          )}
          <Button type="submit" variant="primary" busy={sending.state.status === 'sending'}>
            {draft.mode === 'edit' ? t('compose.send.saveEdit') : t('compose.send.button')}
          </Button>
        </div>
      </div>
    </form>
  );
}
