/**
 * R4.3 beyond: an organization's mail domains. A new person at one of them joins the
 * organization; a free-mail provider's domain is refused (it says nothing about an employer).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOrganizationDomain } from '../../../../shared/rules/organizationDomains';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { OrganizationRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';

export function OrganizationDomains({ organization, action }: { organization: OrganizationRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const domains = organization.domains ?? [];
  const save = (next: string[]) => action.run(() => store.setOrganizationDomains(organization.id, next));

  async function add(event: FormEvent) {
    event.preventDefault();
    const check = checkOrganizationDomain(draft);
    if (!check.ok) return setProblem(t(check.reason === 'free-mail' ? 'errors.free-mail-domain' : 'errors.domain-invalid', { domain: draft.trim() }));
    if (domains.includes(check.domain)) return setProblem(t('items.organization.duplicateDomain', { domain: check.domain }));
    if (await save([...domains, check.domain])) {
      setDraft('');
      setProblem(undefined);
    }
  }

  return (
    <section className="record-section" aria-labelledby={headingId} data-testid="organization-domains">
      <h3 id={headingId}>{t('items.organization.domains')}</h3>
      <p className="section-text">{t('items.organization.domainsHint')}</p>
      {domains.length > 0 && (
        <ul className="person-emails">
          {domains.map((domain) => (
            <li key={domain} className="person-email">
              <code>{domain}</code>
              <span className="person-email-actions">
                <Button variant="quiet" aria-label={t('items.organization.removeDomainNamed', { domain })} onClick={() => void save(domains.filter((d) => d !== domain))}>
                  {t('items.person.remove')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="person-email-add" onSubmit={(e) => void add(e)} noValidate>
        <Field
          label={t('items.organization.addDomainLabel')}
          value={draft}
          placeholder="acme.com"
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(undefined);
          }}
          error={problem}
        />
        <Button type="submit" busy={action.busy}>
          {t('items.organization.addDomain')}
        </Button>
      </form>
    </section>
  );
}
