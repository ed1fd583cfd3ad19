/** The deals / leads / projects list: one row per item, its name opens it. */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { threadCount as formatThreadCount } from './ThreadList';
import { useFormat } from '../../components/useFormat';
import { useMoneyFormat } from '../../components/useMoneyFormat';
import { openRecord } from './itemsNav';
import { ITEM_KIND_OF, statusTone, type ItemListKind, statusKey } from './kinds';
import { rowClick } from './rowClick';
import type { ItemListRow } from './useItemList';

export function ItemTable({ view, rows }: { view: ItemListKind; rows: readonly ItemListRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoneyFormat();
  const kind = ITEM_KIND_OF[view];
  return (
    <table className="items-table" data-testid="items-table">
      <thead>
        <tr>
          <th scope="col">{t('items.columns.name')}</th>
          <th scope="col">{t('items.columns.status')}</th>
          {kind === 'deal' && (
            <th scope="col" className="num">
              {t('items.columns.value')}
            </th>
          )}
          <th scope="col">{t('items.columns.contact')}</th>
          <th scope="col" className="num">
            {t('items.columns.threads')}
          </th>
          <th scope="col">{t('items.columns.activity')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ item, personName, organizationName, threadCount, moreThreads, lastActivity }) => (
          <tr key={item.id} data-testid="item-row" onClick={rowClick(() => openRecord(view, item.id))}>
            <th scope="row">
              <button type="button" className="rec-link" onClick={() => openRecord(view, item.id)}>
                {item.title}
              </button>
            </th>
            <td>
              <StatusBadge tone={statusTone(item.status)}>{t(statusKey(kind, item.status))}</StatusBadge>
            </td>
            {kind === 'deal' && <td className="num">{item.kind === 'deal' && item.value !== undefined ? money(item.value, item.currency) : ''}</td>}
            <td>
              {[personName, organizationName].filter(Boolean).join(' · ')}
            </td>
            <td className="num">{formatThreadCount(t, format, threadCount, moreThreads)}</td>
            <td>
              <time dateTime={new Date(lastActivity).toISOString()}>{format.dateTime(lastActivity)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

