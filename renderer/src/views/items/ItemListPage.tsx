/** Deals, leads or projects: filter by status, create one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { useHidden } from '../../state/undo';
import { openCreatedItem } from './itemsNav';
import { ItemTable } from './ItemTable';
import { ITEM_KIND_OF, STATUSES, type ItemListKind, statusKey } from './kinds';
import { ListPage } from './ListPage';
import { NewItemForm } from './NewItemForm';
import { useItemList } from './useItemList';

const ALL = 'all';

export function ItemListPage({ view }: { view: ItemListKind }) {
  const { t } = useTranslation();
  const kind = ITEM_KIND_OF[view];
  const [status, setStatus] = useState('open');
  const hidden = useHidden();
  // an item whose delete waits for the undo toast is gone already, as far as the user is concerned
  const rows = useItemList(kind, status === ALL ? undefined : status)?.filter((row) => !hidden(row.item.kind, row.item.id));
  const options = [...STATUSES[kind].map((s) => ({ value: s, label: t(statusKey(kind, s)) })), { value: ALL, label: t('items.filter.all') }];

  return (
    <ListPage
      view={view}
      filter={<SelectField className="status-filter" label={t('items.filter.label')} value={status} onChange={setStatus} options={options} />}
      newForm={(close) => <NewItemForm kind={kind} onCreated={(item) => openCreatedItem({ kind, itemId: item.id })} onCancel={close} />}
      rows={rows}
      empty={<p className="empty-state">{status === 'open' || status === ALL ? t(`shell.empty.${view}`) : t('items.filter.none')}</p>}
    >
      {(found) => <ItemTable view={view} rows={found} />}
    </ListPage>
  );
}
