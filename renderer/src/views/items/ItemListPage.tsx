/** Deals, leads or projects: filter by status, create one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/SelectField';
import { openRecord } from './itemsNav';
import { ItemTable } from './ItemTable';
import { ITEM_KIND_OF, STATUSES, type ItemListKind, statusKey } from './kinds';
import { NewItemForm } from './NewItemForm';
import { useItemList } from './useItemList';

const ALL = 'all';

export function ItemListPage({ view }: { view: ItemListKind }) {
  const { t } = useTranslation();
  const kind = ITEM_KIND_OF[view];
  const [status, setStatus] = useState('open');
  const [creating, setCreating] = useState(false);
  const rows = useItemList(kind, status === ALL ? undefined : status);
  const options = [...STATUSES[kind].map((s) => ({ value: s, label: t(statusKey(kind, s)) })), { value: ALL, label: t('items.filter.all') }];

  return (
    <div className="items-page" data-testid={`${view}-list`}>
      <div className="items-toolbar">
        <SelectField className="status-filter" label={t('items.filter.label')} value={status} onChange={setStatus} options={options} />
        {!creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span>
            {t(`items.new.${view}`)}
          </Button>
        )}
      </div>
      {creating && <NewItemForm kind={kind} onCreated={(item) => openRecord(view, item.id)} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('items.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{status === 'open' || status === ALL ? t(`shell.empty.${view}`) : t('items.filter.none')}</p>
      ) : (
        <ItemTable view={view} rows={rows} />
      )}
    </div>
  );
}
