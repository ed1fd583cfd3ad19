/**
 * R4.10 "link thread" from an item's page: find a conversation of the inbox by words, link it
 * here. A conversation already on another item moves (R4.8: one item per conversation).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canLink } from '../../../../shared/rules/permissions';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { AsyncAction } from '../../components/useAsyncAction';
import { useFormat } from '../../components/useFormat';
import type { ItemRow, ThreadRow } from '../../db/records';
import { threadPeople } from './threadPeople';
import { useLinkCandidates, type LinkCandidate } from './useLinkCandidates';

export interface LinkThreadPanelProps {
  item: ItemRow;
  action: AsyncAction;
  onLinked(thread: ThreadRow): void;
  onClose(): void;
}

export function LinkThreadPanel({ item, action, onLinked, onClose }: LinkThreadPanelProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const candidates = useLinkCandidates({ kind: item.kind, itemId: item.id }, query);
  const searching = query.trim() !== '';

  async function link(thread: ThreadRow) {
    const linked = await action.run(() => store.linkThread(thread.id, { kind: item.kind, itemId: item.id }));
    if (linked) onLinked(linked);
  }

  return (
    <div
      className="link-thread-panel"
      role="region"
      aria-labelledby={headingId}
      data-testid="link-thread-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="link-thread-head">
        <h4 id={headingId}>{t('items.linkPanel.title')}</h4>
        <Button variant="quiet" onClick={onClose}>
          {t('items.linkPanel.close')}
        </Button>
      </div>
      <Field
        type="search"
        label={t('items.linkPanel.search')}
        hint={t('items.linkPanel.searchHint')}
        value={query}
        autoFocus
        aria-controls={listId}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="link-thread-caption" id={`${listId}-caption`}>
        {searching ? t('items.linkPanel.results') : t('items.linkPanel.recent')}
      </p>
      {candidates !== undefined && candidates.length === 0 ? (
        <p className="muted" role="status">
          {searching ? t('items.linkPanel.none', { query: query.trim() }) : t('items.linkPanel.inboxEmpty')}
        </p>
      ) : (
        <ul id={listId} className="link-thread-list" aria-labelledby={`${listId}-caption`}>
          {candidates?.map((c) => (
            <CandidateRow key={c.thread.id} candidate={c} busy={action.busy} mayLink={canLink(store.viewer, c.thread)} onLink={() => void link(c.thread)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CandidateRow({ candidate, busy, mayLink, onLink }: { candidate: LinkCandidate; busy: boolean; mayLink: boolean; onLink(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { thread, linkedTo } = candidate;
  const subject = thread.subject.trim() || t('items.thread.noSubject');
  const { names } = threadPeople(thread);
  return (
    <li className="link-thread-option" data-testid="link-candidate">
      <div className="link-thread-option-main">
        <span className="link-thread-option-subject">{subject}</span>
        <span className="rec-thread-meta">
          {names.join(', ')}
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(thread.lastDate).toISOString()}>{format.dateTime(thread.lastDate)}</time>
        </span>
        <span className="rec-thread-details">{linkedTo === undefined ? t('items.linkPanel.notLinked') : t('items.linkPanel.linkedTo', { title: linkedTo })}</span>
      </div>
      {mayLink ? (
        <Button busy={busy} aria-label={t(linkedTo === undefined ? 'items.linkPanel.linkNamed' : 'items.linkPanel.moveNamed', { subject })} onClick={onLink}>
          {linkedTo === undefined ? t('items.linkPanel.link') : t('items.linkPanel.move')}
        </Button>
      ) : (
        <span className="muted">{t('items.linkPanel.notYours')}</span>
      )}
    </li>
  );
}
