/** People or organizations: find one by name (people also by address), add one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { openRecord } from './itemsNav';
import type { NamedRecord, RecordKind } from './recordKind';
import { RecordTable } from './RecordTable';
import { RECORD_LIST_PAGE, useRecordList } from './useRecordList';

export function RecordListPage<R extends NamedRecord, Extra>({ kind }: { kind: RecordKind<R, Extra> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = useRecordList(kind, query);
  const searching = query.trim() !== '';
  const { view, NewForm } = kind;

  return (
    <div className="items-page" data-testid={`${view}-list`}>
      <div className="items-toolbar">
        <Field type="search" className="list-search" label={t(`items.search.${view}`)} value={query} onChange={(e) => setQuery(e.target.value)} />
        {!creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span>
            {t(`items.new.${view}`)}
          </Button>
        )}
      </div>
      {creating && <NewForm onCreated={(record) => openRecord(view, record.id)} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('items.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state" role={searching ? 'status' : undefined}>
          {searching ? t('items.search.none', { query: query.trim() }) : t(`shell.empty.${view}`)}
        </p>
      ) : (
        <>
          <RecordTable kind={kind} rows={rows} />
          {rows.length >= RECORD_LIST_PAGE && <p className="field-hint">{t('items.search.narrow', { count: RECORD_LIST_PAGE })}</p>}
        </>
      )}
    </div>
  );
}
