/** People or organizations: find one by name (people also by address), add one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useHidden } from '../../state/undo';
import { openRecord } from './itemsNav';
import { ListPage } from './ListPage';
import type { NamedRecord, RecordKind } from './recordKind';
import { RecordTable } from './RecordTable';
import { RECORD_LIST_PAGE, useRecordList } from './useRecordList';

export function RecordListPage<R extends NamedRecord, Extra>({ kind }: { kind: RecordKind<R, Extra> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const hidden = useHidden();
  // a record whose delete waits for the undo toast is gone already, as far as the user is concerned
  const rows = useRecordList(kind, query)?.filter((row) => !hidden(kind.testId, row.record.id));
  const searching = query.trim() !== '';
  const { view, NewForm } = kind;

  return (
    <ListPage
      view={view}
      filter={<Field type="search" className="list-search" label={t(`items.search.${view}`)} value={query} onChange={(e) => setQuery(e.target.value)} />}
      newForm={(close) => <NewForm onCreated={(record) => openRecord(view, record.id)} onCancel={close} />}
      rows={rows}
      empty={
        <p className="empty-state" role={searching ? 'status' : undefined}>
          {searching ? t('items.search.none', { query: query.trim() }) : t(`shell.empty.${view}`)}
        </p>
      }
    >
      {(found) => (
        <>
          <RecordTable kind={kind} rows={found} />
          {found.length >= RECORD_LIST_PAGE && <p className="field-hint">{t('items.search.narrow', { count: RECORD_LIST_PAGE })}</p>}
        </>
      )}
    </ListPage>
  );
}
