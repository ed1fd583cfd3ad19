/** A record list as a table: name (opens the record), the kind's own columns, mail. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { threadCount as formatThreadCount } from './ThreadList';
import { openRecord } from './itemsNav';
import type { NamedRecord, RecordKind, RecordListRow } from './recordKind';
import { rowClick } from './rowClick';

export function RecordTable<R extends NamedRecord, Extra>({ kind, rows }: { kind: RecordKind<R, Extra>; rows: readonly RecordListRow<R, Extra>[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = (id: string) => openRecord(kind.view, id);
  return (
    <table className="items-table" data-testid={`${kind.view}-table`}>
      <thead>
        <tr>
          <th scope="col">{t('items.columns.name')}</th>
          {kind.columns.map((column, i) => (
            <th key={i} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.header(t)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('items.columns.threads')}
          </th>
          <th scope="col">{t('items.columns.activity')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.record.id} data-testid={`${kind.testId}-row`} onClick={rowClick(() => open(row.record.id))}>
            <th scope="row">
              <button type="button" className="rec-link" onClick={() => open(row.record.id)}>
                {row.record.name}
              </button>
            </th>
            {kind.columns.map((column, i) => (
              <td key={i} className={column.numeric ? 'num' : column.className}>
                {column.cell(row, format)}
              </td>
            ))}
            <td className="num">{formatThreadCount(t, format, row.threadCount, row.moreThreads)}</td>
            <td>
              <time dateTime={new Date(row.lastActivity).toISOString()}>{format.dateTime(row.lastActivity)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
