/** The deals, leads and projects of a person: kind, title (opens it), status. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { ItemRow } from '../../db/records';
import { openItem } from './itemsNav';
import { statusTone, statusKey } from './kinds';

export function RecordItems({ items, empty }: { items: readonly ItemRow[]; empty: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="record-items">
      <h3 id={headingId}>{t('items.person.items')}</h3>
      {items.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="record-list">
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="record-list-row">
              <span className="rec-kind">{t(`items.kinds.${item.kind}`)}</span>
              <button type="button" className="rec-link" onClick={() => openItem({ kind: item.kind, itemId: item.id })}>
                {item.title}
              </button>
              <StatusBadge tone={statusTone(item.status)}>{t(statusKey(item.kind, item.status))}</StatusBadge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
