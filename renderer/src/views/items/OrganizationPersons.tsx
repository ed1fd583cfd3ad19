/** The people of an organization: name (opens the person) and primary address. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRow } from '../../db/records';
import { openRecord } from './itemsNav';

export function OrganizationPersons({ persons }: { persons: readonly PersonRow[] | undefined }) {
  const { t } = useTranslation();
  const headingId = useId();
  const sorted = [...(persons ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="organization-persons">
      <h3 id={headingId}>{t('items.organization.persons')}</h3>
      {persons !== undefined && sorted.length === 0 ? (
        <p className="empty-state">{t('items.organization.noPersons')}</p>
      ) : (
        <ul className="record-list">
          {sorted.map((person) => (
            <li key={person.id} className="record-list-row">
              <button type="button" className="rec-link" onClick={() => openRecord('persons', person.id)}>
                {person.name}
              </button>
              <span className="muted address-cell">{person.emails[0]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
