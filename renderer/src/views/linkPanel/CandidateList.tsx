/**
 * R1.5 / R4.7 the rule found several open items and linked none: they are offered here for a
 * one-click choice. Candidates whose item is gone (deleted lead or project) are skipped.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import type { ItemRow, ThreadRow } from '../../db/records';
import { ItemKindTag } from '../common/ItemKindTag';

export function CandidateList({ thread, onPick, busy }: { thread: ThreadRow; onPick(item: ItemRow): void; busy: boolean }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const key = thread.candidates.map((c) => `${c.kind}:${c.itemId}`).join(',');
  const items = useLiveQuery(
    async () => (await Promise.all(thread.candidates.map((c) => store.queries.item(c)))).filter((i): i is ItemRow => i !== undefined),
    [store, key],
  );
  if (!items || items.length === 0) return null;
  return (
    <div className="candidates" data-testid="candidates">
      <p className="candidates-text">{t('linkPanel.candidates.text')}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <button type="button" className="candidate" aria-disabled={busy || undefined} onClick={() => !busy && onPick(item)}>
              <ItemKindTag kind={item.kind} />
              <span className="candidate-title">{item.title}</span>
              <span className="candidate-action">{t('linkPanel.candidates.link')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
