/**
 * A list of deals, leads, projects, people or organizations as a table: the name (opens the
 * row's page), the columns its kind adds, then how much mail and the newest activity.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import type { MailSummary } from './activity';
import { threadCount as formatThreadCount } from './ThreadList';
import { openRecord } from './itemsNav';
import type { ItemsViewKind } from './kinds';
import { rowClick } from './rowClick';

/** A table column between the name and the mail columns. */
export interface ListColumn<Row> {
  header: (t: TFunction) => string;
  numeric?: boolean;
  className?: string;
  cell: (row: Row, format: ReturnType<typeof useFormat>) => ReactNode;
}

export interface ListTableProps<Row extends MailSummary> {
  view: ItemsViewKind;
  rows: readonly Row[];
  /** the row's record: its id (opens it) and the name shown */
  recordOf(row: Row): { id: string; name: string };
  columns: readonly ListColumn<Row>[];
  testId: string;
  rowTestId: string;
}

export function ListTable<Row extends MailSummary>({ view, rows, recordOf, columns, testId, rowTestId }: ListTableProps<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = (id: string) => openRecord(view, id);
  return (
    <table className="items-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('items.columns.name')}</th>
          {columns.map((column, i) => (
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
        {rows.map((row) => {
          const { id, name } = recordOf(row);
          return (
            <tr key={id} data-testid={rowTestId} onClick={rowClick(() => open(id))}>
              <th scope="row">
                <button type="button" className="rec-link" onClick={() => open(id)}>
                  {name}
                </button>
              </th>
              {columns.map((column, i) => (
                <td key={i} className={column.numeric ? 'num' : column.className}>
                  {column.cell(row, format)}
                </td>
              ))}
              <td className="num">{formatThreadCount(t, format, row.threadCount, row.moreThreads)}</td>
              <td>
                <time dateTime={new Date(row.lastActivity).toISOString()}>{format.dateTime(row.lastActivity)}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
