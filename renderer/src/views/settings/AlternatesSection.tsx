/**
 * Settings › Your addresses (R6): the account's own address first, as the primary one, then
 * the alternates with their state, and a form to add one (a confirmation mail goes to it).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeAddress } from '../../../../shared/rules/email-address';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { isEmailAddress } from '../common/account/accountDraft';
import { AlternateRow } from './AlternateRow';
import type { AlternatesProps } from './alternates';
import { SettingsSection } from './SettingsSection';

export interface AlternatesSectionProps {
  primary: string;
  alternates: AlternatesProps;
}

type AddProblem = 'invalid' | 'duplicate' | 'failed';

export function AlternatesSection({ primary, alternates }: AlternatesSectionProps) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<AddProblem | undefined>();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | undefined>();
  const known = new Set([primary, ...alternates.addresses.map((a) => a.address)].map(normalizeAddress));

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    setAdded(undefined);
    const value = address.trim();
    if (!isEmailAddress(value)) return setProblem('invalid');
    if (known.has(normalizeAddress(value))) return setProblem('duplicate');
    setProblem(undefined);
    setAdding(true);
    try {
      await alternates.onAdd(value);
      setAddress('');
      setAdded(value);
    } catch {
      setProblem('failed');
    } finally {
      setAdding(false);
    }
  }

  return (
    <SettingsSection id="addresses" title={t('settings.alternates.title')} description={t('settings.alternates.intro')}>
      <ul className="address-list" aria-label={t('settings.alternates.listLabel')}>
        <li className="address-row">
          <div className="address-line">
            <code>{primary}</code>
            <StatusBadge tone="neutral">{t('settings.alternates.primary')}</StatusBadge>
          </div>
        </li>
        {alternates.addresses.map((item) => (
          <AlternateRow key={item.address} item={item} actions={alternates} />
        ))}
      </ul>
      <form className="add-address" onSubmit={(e) => void add(e)} noValidate>
        <Field
          label={t('settings.alternates.add')}
          type="email"
          value={address}
          onChange={(e) => {
            setAddress(e.target.value);
            setProblem(undefined);
          }}
          placeholder={t('firstRun.account.emailExample')}
          error={problem ? t(`settings.alternates.problem.${problem}`) : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" busy={adding}>
          {t('settings.alternates.addButton')}
        </Button>
      </form>
      <p role="status" className="field-hint">
        {added && t('settings.alternates.added', { address: added })}
      </p>
    </SettingsSection>
  );
}
