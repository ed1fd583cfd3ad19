/** A person's email addresses: the first is the primary one; make another primary, remove one, add one. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { PersonRow } from '../../db/records';
import { looksLikeAddress } from '../../../../shared/rules/emailAddress';

export function EmailAddresses({ person, action }: { person: PersonRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const save = (emails: string[]) => action.run(() => store.updatePerson(person.id, { emails }));

  async function add(event: FormEvent) {
    event.preventDefault();
    const address = draft.trim().toLowerCase();
    if (!looksLikeAddress(address)) return setProblem(t('items.form.emailInvalid'));
    if (person.emails.includes(address)) return setProblem(t('items.person.duplicate'));
    if (await save([...person.emails, address])) {
      setDraft('');
      setProblem(undefined);
    }
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
      <form className="person-email-add" onSubmit={(e) => void add(e)} noValidate>
        <Field
          label={t('items.person.addLabel')}
          type="email"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(undefined);
          }}
          error={problem}
        />
        <Button type="submit" busy={action.busy}>
          {t('items.person.add')}
        </Button>
      </form>
    </section>
  );
}
