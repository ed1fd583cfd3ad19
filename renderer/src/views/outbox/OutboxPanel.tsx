/**
 * The outbox (R2.6) as a side panel over the app: what is still waiting or failed first, then
 * what was sent recently. Live through `outbox:changed`.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { closeOutbox, isOpenEntry, useOutboxFeed } from './outboxFeed';
import { OutboxEntryRow } from './OutboxEntryRow';
import '../../styles/outbox.css';

export function OutboxPanel() {
  const { t } = useTranslation();
  const titleId = useId();
  const open = useOutboxFeed((s) => s.panelOpen);
  const entries = useOutboxFeed((s) => s.entries);
  const status = useOutboxFeed((s) => s.status);
  const waiting = entries.filter(isOpenEntry);
  const sent = entries.filter((e) => !isOpenEntry(e)).reverse();

  if (!open) return null;
  return (
    <Dialog title={t('outbox.title')} closeLabel={t('outbox.close')} onClose={closeOutbox} layout="side" className="outbox-dialog" testId="outbox">
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
    </Dialog>
  );
}
