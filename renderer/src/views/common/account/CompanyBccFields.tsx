/** Company domain and mailbox name, and the company BCC address they make (R1.2). */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { addressOf, type CompanyBccDraft } from './companyBccDraft';

export interface CompanyBccFieldsProps {
  value: CompanyBccDraft;
  onChange(next: CompanyBccDraft): void;
  showProblems?: boolean;
}

export function CompanyBccFields({ value, onChange, showProblems }: CompanyBccFieldsProps) {
  const { t } = useTranslation();
  const address = addressOf(value);
  const domainError = showProblems && !address && value.domain.trim() ? t('settings.bcc.problem.invalid') : undefined;
  const missing = showProblems && !value.domain.trim() ? t('settings.bcc.problem.domainMissing') : undefined;
  return (
    <div className="bcc-fields">
      <div className="field-row">
        <Field
          label={t('settings.bcc.domain')}
          hint={t('settings.bcc.domainHint')}
          value={value.domain}
          onChange={(e) => onChange({ ...value, domain: e.target.value })}
          error={domainError ?? missing}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
        <Field
          className="field-narrow"
          label={t('settings.bcc.localPart')}
          value={value.localPart}
          onChange={(e) => onChange({ ...value, localPart: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
        />
      </div>
      <p className="bcc-preview" aria-live="polite">
        {address ? (
          <>
            {t('settings.bcc.willBe')} <strong data-testid="bcc-preview">{address}</strong>
          </>
        ) : (
          <span className="muted">{t('settings.bcc.incomplete')}</span>
        )}
      </p>
    </div>
  );
}
