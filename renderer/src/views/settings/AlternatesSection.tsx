/**
 * Settings › Your addresses (R6): the account's own address first, as the primary one, then
 * the alternates with their state, and a form to add one (a confirmation mail goes to it).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { failure } from '../../../../shared/failures/failure';
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { StatusBadge } from '../../components/StatusBadge';
import { isEmailAddress } from '../common/account/accountDraft';
import { useFailureText } from '../common/failureText';
import { AlternateRow } from './AlternateRow';
import type { AlternatesProps } from './alternates';
import { SettingsSection } from './SettingsSection';

export interface AlternatesSectionProps {
  primary: string;
  alternates: AlternatesProps;
}

export function AlternatesSection({ primary, alternates }: AlternatesSectionProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [address, setAddress] = useState('');
  /** why the address was not added: checked here first, else what onAdd threw */
  const [problem, setProblem] = useState<unknown>();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | undefined>();
  // "a confirmation email is on its way" holds while the address waits for it (issue 20.6)
  const stillPending = added !== undefined && alternates.addresses.some((a) => a.address === added && a.status === 'pending');
  const known = new Set([primary, ...alternates.addresses.map((a) => a.address)].map(normalizeAddress));

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    setAdded(undefined);
    const value = address.trim();
    if (!isEmailAddress(value)) return setProblem(failure('address-invalid', 'not an email address'));
    if (known.has(normalizeAddress(value))) return setProblem(failure('address-exists', 'already listed'));
    setProblem(undefined);
    setAdding(true);
    try {
      await alternates.onAdd(value);
      setAddress('');
      setAdded(value);
    } catch (err) {
      setProblem(err);
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
          error={problem === undefined ? undefined : failureText(problem)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" busy={adding}>
          {t('settings.alternates.addButton')}
        </Button>
      </form>
      <p role="status" className="field-hint">
        {stillPending && t('settings.alternates.added', { address: added })}
      </p>
    </SettingsSection>
  );
}
