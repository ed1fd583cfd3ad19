/**
 * R4.3 beyond: an organization's mail domains. A new person at one of them joins the
 * organization; a free-mail provider's domain is refused (it says nothing about an employer).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOrganizationDomain } from '../../../../shared/rules/organizationDomains';
import { Button } from '../../components/Button';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { OrganizationRow } from '../../db/records';
import { useCrmStore } from '../../session/sessionContext';
import { AddValueForm, type AddOutcome } from './AddValueForm';

export function OrganizationDomains({ organization, action }: { organization: OrganizationRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const domains = organization.domains ?? [];
  const save = (next: string[]) => action.run(() => store.setOrganizationDomains(organization.id, next));

  async function add(typed: string): Promise<AddOutcome> {
    const check = checkOrganizationDomain(typed);
    if (!check.ok) return { problem: t(check.reason === 'free-mail' ? 'errors.free-mail-domain' : 'errors.domain-invalid', { domain: typed.trim() }) };
    if (domains.includes(check.domain)) return { problem: t('items.organization.duplicateDomain', { domain: check.domain }) };
    return { saved: (await save([...domains, check.domain])) !== undefined };
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
      <AddValueForm label={t('items.organization.addDomainLabel')} button={t('items.organization.addDomain')} placeholder="acme.com" busy={action.busy} add={add} />
    </section>
  );
}
