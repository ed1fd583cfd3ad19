/** People: find one by name or address, add one, open one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { openRecord } from './itemsNav';
import { NewPersonForm } from './NewPersonForm';
import { PersonTable } from './PersonTable';
import { PERSON_PAGE, usePersonList } from './usePersonList';

export function PersonListPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = usePersonList(query);
  const searching = query.trim() !== '';

  return (
    <div className="items-page" data-testid="persons-list">
      <div className="items-toolbar">
        <Field type="search" className="list-search" label={t('items.search.persons')} value={query} onChange={(e) => setQuery(e.target.value)} />
        {!creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span>
            {t('items.new.persons')}
          </Button>
        )}
      </div>
      {creating && <NewPersonForm onCreated={(person) => openRecord('persons', person.id)} onCancel={() => setCreating(false)} />}
      {rows === undefined ? (
        <p className="muted" aria-busy="true">
          {t('items.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="empty-state" role={searching ? 'status' : undefined}>
          {searching ? t('items.search.none', { query: query.trim() }) : t('shell.empty.persons')}
        </p>
      ) : (
        <>
          <PersonTable rows={rows} />
          {rows.length >= PERSON_PAGE && <p className="field-hint">{t('items.search.narrow', { count: PERSON_PAGE })}</p>}
        </>
      )}
    </div>
  );
}
