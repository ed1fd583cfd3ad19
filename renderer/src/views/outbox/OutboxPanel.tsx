/**
 * The outbox (R2.6) as a side panel over the app: what is still waiting or failed first, then
 * what was sent recently. Live through `outbox:changed`.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../../shared/rules/send/outboxEntry';
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
      <EntrySection id={`${titleId}-waiting`} title={t('outbox.sections.waiting')} entries={waiting} />
      <EntrySection id={`${titleId}-sent`} title={t('outbox.sections.sent')} entries={sent} />
    </Dialog>
  );
}

/** One group of entries under its heading; nothing while the group is empty. */
function EntrySection({ id, title, entries }: { id: string; title: string; entries: OutboxEntryView[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="outbox-list">
        {entries.map((e) => (
          <OutboxEntryRow key={e.id} entry={e} />
        ))}
      </ul>
    </section>
  );
}
