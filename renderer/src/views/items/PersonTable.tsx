/** The people list: name (opens the person), primary address, organization, mail. */
import { useTranslation } from 'react-i18next';
import { threadCount as formatThreadCount } from './ThreadList';
import { useFormat } from '../../components/useFormat';
import { openRecord } from './itemsNav';
import { rowClick } from './rowClick';
import type { PersonListRow } from './usePersonList';

export function PersonTable({ rows }: { rows: readonly PersonListRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="items-table" data-testid="persons-table">
      <thead>
        <tr>
          <th scope="col">{t('items.columns.name')}</th>
          <th scope="col">{t('items.columns.email')}</th>
          <th scope="col">{t('items.columns.organization')}</th>
          <th scope="col" className="num">
            {t('items.columns.threads')}
          </th>
          <th scope="col">{t('items.columns.activity')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ person, organizationName, threadCount, moreThreads, lastActivity }) => (
          <tr key={person.id} data-testid="person-row" onClick={rowClick(() => openRecord('persons', person.id))}>
            <th scope="row">
              <button type="button" className="rec-link" onClick={() => openRecord('persons', person.id)}>
                {person.name}
              </button>
            </th>
            <td className="address-cell">{person.emails[0]}</td>
            <td>{organizationName ?? ''}</td>
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
