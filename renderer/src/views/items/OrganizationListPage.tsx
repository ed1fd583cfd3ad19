/** Organizations: find one by name, add one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { openRecord } from './itemsNav';
import { NewOrganizationForm } from './NewOrganizationForm';
import { OrganizationTable } from './OrganizationTable';
import { ORGANIZATION_PAGE, useOrganizationList } from './useOrganizationList';

export function OrganizationListPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = useOrganizationList(query);
  const searching = query.trim() !== '';

  return (
    <div className="items-page" data-testid="organizations-list">
      <div className="items-toolbar">
        <Field type="search" className="list-search" label={t('items.search.organizations')} value={query} onChange={(e) => setQuery(e.target.value)} />
        {!creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span>
            {t('items.new.organizations')}
          </Button>
        )}
      </div>
      {creating && <NewOrganizationForm onCreated={(o) => openRecord('organizations', o.id)} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('items.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state" role={searching ? 'status' : undefined}>
          {searching ? t('items.search.none', { query: query.trim() }) : t('shell.empty.organizations')}
        </p>
      ) : (
        <>
          <OrganizationTable rows={rows} />
          {rows.length >= ORGANIZATION_PAGE && <p className="field-hint">{t('items.search.narrow', { count: ORGANIZATION_PAGE })}</p>}
        </>
      )}
    </div>
  );
}
