/** The deals / leads / projects list: one row per item, its name opens it; status, value (deals) and contact between. */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { useMoneyFormat } from '../../components/useMoneyFormat';
import { ITEM_KIND_OF, statusTone, type ItemListKind, statusKey } from './kinds';
import { ListTable, type ListColumn } from './ListTable';
import type { ItemListRow } from './useItemList';

export function ItemTable({ view, rows }: { view: ItemListKind; rows: readonly ItemListRow[] }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const kind = ITEM_KIND_OF[view];
  const columns: ListColumn<ItemListRow>[] = [
    { header: () => t('items.columns.status'), cell: ({ item }) => <StatusBadge tone={statusTone(item.status)}>{t(statusKey(kind, item.status))}</StatusBadge> },
    ...(kind === 'deal'
      ? [{ header: () => t('items.columns.value'), numeric: true, cell: ({ item }: ItemListRow) => (item.kind === 'deal' && item.value !== undefined ? money(item.value, item.currency) : '') }]
      : []),
    { header: () => t('items.columns.contact'), cell: ({ personName, organizationName }) => [personName, organizationName].filter(Boolean).join(' · ') },
  ];
  return <ListTable view={view} rows={rows} recordOf={({ item }) => ({ id: item.id, name: item.title })} columns={columns} testId="items-table" rowTestId="item-row" />;
}
