/**
 * The outbox (R2.6) as a side panel over the app: what is still waiting or failed first, then
 * what was sent recently. Live through `outbox:changed`.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CloseIcon } from '../../components/MailIcons';
import { Notice } from '../../components/Notice';
import { closeOutbox, isOpenEntry, useOutboxFeed } from './outboxFeed';
import { OutboxEntryRow } from './OutboxEntryRow';
import '../../styles/outbox.css';

export function OutboxPanel() {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useOutboxFeed((s) => s.panelOpen);
  const entries = useOutboxFeed((s) => s.entries);
  const status = useOutboxFeed((s) => s.status);
  const waiting = entries.filter(isOpenEntry);
  const sent = entries.filter((e) => !isOpenEntry(e)).reverse();

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="outbox-dialog"
      aria-labelledby={titleId}
      data-testid="outbox"
      onCancel={(event) => {
        event.preventDefault();
        closeOutbox();
      }}
      onClose={closeOutbox}
    >
      {open && (
        <div className="outbox-panel">
          <header className="outbox-header">
            <h2 id={titleId}>{t('outbox.title')}</h2>
            <Button variant="quiet" onClick={closeOutbox} aria-label={t('outbox.close')}>
              <CloseIcon />
            </Button>
          </header>
          <p className="outbox-intro">{t('outbox.intro')}</p>
          {status === 'core-error' && (
            <Notice tone="error" title={t('common.coreError.title')}>
              <p>{t('outbox.loadFailed')}</p>
            </Notice>
          )}
          {status === 'ready' && entries.length === 0 && <p className="empty-state">{t('outbox.empty')}</p>}
          {waiting.length > 0 && (
            <section aria-labelledby={`${titleId}-waiting`}>
              <h3 id={`${titleId}-waiting`}>{t('outbox.sections.waiting')}</h3>
              <ul className="outbox-list">
                {waiting.map((e) => (
                  <OutboxEntryRow key={e.id} entry={e} />
                ))}
              </ul>
            </section>
          )}
          {sent.length > 0 && (
            <section aria-labelledby={`${titleId}-sent`}>
              <h3 id={`${titleId}-sent`}>{t('outbox.sections.sent')}</h3>
              <ul className="outbox-list">
                {sent.map((e) => (
                  <OutboxEntryRow key={e.id} entry={e} />
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </dialog>
  );
}
