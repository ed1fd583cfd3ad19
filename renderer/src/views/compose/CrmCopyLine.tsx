/**
 * Which copy the CRM gets (R2.1), said in words with the address itself: nothing is added
 * silently. 'ask' mode asks with a checkbox (kept by default); 'never' says there is none and
 * how to get one (choose a deal or lead).
 */
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import type { ComposeDraft } from '../../state/compose';
import type { AccountFacts } from './accountFacts';
import { crmChoiceOf } from './buildMessage';

export interface CrmCopyLineProps {
  draft: ComposeDraft;
  facts: AccountFacts;
  onCompanyCopy(keep: boolean): void;
}

export function CrmCopyLine({ draft, facts, onCompanyCopy }: CrmCopyLineProps) {
  const { t } = useTranslation();
  const choice = crmChoiceOf(draft, facts);

  if (!choice) {
    return (
      <div className="compose-crm-copy is-none" data-testid="compose-crm-copy">
        <p>{t('compose.crm.none')}</p>
      </div>
    );
  }
  const address = <code className="compose-crm-address">{choice.address}</code>;
  if (choice.confirm) {
    return (
      <div className="compose-crm-copy" data-testid="compose-crm-copy">
        <Checkbox
          label={t('compose.crm.ask', { address: choice.address })}
          description={t('compose.crm.askHint')}
          checked={draft.companyCopy}
          onChange={onCompanyCopy}
        />
      </div>
    );
  }
  const words =
    choice.source === 'company'
      ? t('compose.crm.company')
      : draft.item
        ? t(`compose.crm.item.${draft.item.kind === 'lead' ? 'lead' : 'deal'}`, { title: draft.item.title })
        : t('compose.crm.kept');
  return (
    <div className="compose-crm-copy" data-testid="compose-crm-copy">
      <p>
        <span className="compose-crm-copy-words">{words}</span> {address}
      </p>
      <p className="field-hint">{t('compose.crm.hidden')}</p>
    </div>
  );
}
