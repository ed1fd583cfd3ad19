/** The organizations list: name (opens it), how many people, mail. */
import { useTranslation } from 'react-i18next';
import { threadCount as formatThreadCount } from './ThreadList';
import { useFormat } from '../../components/useFormat';
import { openRecord } from './itemsNav';
import { rowClick } from './rowClick';
import type { OrganizationListRow } from './useOrganizationList';

export function OrganizationTable({ rows }: { rows: readonly OrganizationListRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="items-table" data-testid="organizations-table">
      <thead>
        <tr>
          <th scope="col">{t('items.columns.name')}</th>
          <th scope="col" className="num">
            {t('items.columns.persons')}
          </th>
          <th scope="col" className="num">
            {t('items.columns.threads')}
          </th>
          <th scope="col">{t('items.columns.activity')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ organization, personCount, threadCount, moreThreads, lastActivity }) => (
          <tr key={organization.id} data-testid="organization-row" onClick={rowClick(() => openRecord('organizations', organization.id))}>
            <th scope="row">
              <button type="button" className="rec-link" onClick={() => openRecord('organizations', organization.id)}>
                {organization.name}
              </button>
            </th>
            <td className="num">{format.number(personCount)}</td>
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
