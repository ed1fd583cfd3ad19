/** A person's email addresses: the first is the primary one; make another primary, remove one, add one. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { StatusBadge } from '../../components/StatusBadge';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { PersonRow } from '../../db/records';
import { AddValueForm, type AddOutcome } from './AddValueForm';
import { looksLikeAddress } from '../../../../shared/rules/emailAddress';

export function EmailAddresses({ person, action }: { person: PersonRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const save = (emails: string[]) => action.run(() => store.updatePerson(person.id, { emails }));

  async function add(typed: string): Promise<AddOutcome> {
    const address = typed.trim().toLowerCase();
    if (!looksLikeAddress(address)) return { problem: t('items.form.emailInvalid') };
    if (person.emails.includes(address)) return { problem: t('items.person.duplicate') };
    return { saved: (await save([...person.emails, address])) !== undefined };
  }

  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="person-addresses">
      <h3 id={headingId}>{t('items.person.addresses')}</h3>
      <ul className="person-emails">
        {person.emails.map((address, i) => (
          <li key={address} className="person-email">
            <code>{address}</code>
            {i === 0 ? (
              <StatusBadge tone="ok">{t('items.person.primary')}</StatusBadge>
            ) : (
              <span className="person-email-actions">
                <Button
                  variant="quiet"
                  aria-label={t('items.person.makePrimaryNamed', { address })}
                  onClick={() => void save([address, ...person.emails.filter((a) => a !== address)])}
                >
                  {t('items.person.makePrimary')}
                </Button>
                <Button variant="quiet" aria-label={t('items.person.removeNamed', { address })} onClick={() => void save(person.emails.filter((a) => a !== address))}>
                  {t('items.person.remove')}
                </Button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <AddValueForm label={t('items.person.addLabel')} button={t('items.person.add')} type="email" busy={action.busy} add={add} />
    </section>
  );
}
