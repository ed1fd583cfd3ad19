/**
 * Settings › Mail authentication (R3.4): the authserv-id of the drop box's own server, whose
 * topmost Authentication-Results alone are believed. Learned from the first drop-box message and
 * proposed here; used only once the user confirms it (or types one); visible and changeable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { authservIdProblem, authservIdToSave } from './authservId';
import { SaveBar } from './SaveBar';
import { SettingsSection } from './SettingsSection';
import { useAuthservCandidate } from './useAuthservCandidate';
import { useConfigSave } from './useConfigSave';

export interface AuthservSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
}

export function AuthservSection({ account, onSaved }: AuthservSectionProps) {
  const { t } = useTranslation();
  const saved = account.config.authservId;
  const saving = useConfigSave(account, onSaved);
  const candidate = useAuthservCandidate();
  const [typed, setTyped] = useState(saved ?? '');
  const [showProblem, setShowProblem] = useState(false);
  const problem = authservIdProblem(typed);

  async function save(value: string): Promise<void> {
    setShowProblem(true);
    if (authservIdProblem(value) !== undefined) return;
    const authservId = authservIdToSave(value);
    const outcome = await saving.save((config) => {
      const { authservId: _old, ...rest } = config;
      return authservId === undefined ? rest : { ...rest, authservId };
    });
    if (outcome.status === 'saved') setTyped(authservId ?? '');
  }

  const proposal = candidate !== undefined && candidate !== saved ? candidate : undefined;
  return (
    <SettingsSection id="authentication" title={t('settings.authserv.title')} description={t('settings.authserv.intro')}>
      <div className="section-body">
        <p className="section-text" data-testid="authserv-current">
          {saved === undefined ? t('settings.authserv.none') : t('settings.authserv.current', { id: saved })}
        </p>
        {proposal !== undefined && saved === undefined && (
          <Notice tone="info" title={t('settings.authserv.proposed', { id: proposal })} testId="authserv-proposal">
            <p>{t('settings.authserv.proposedHint')}</p>
            <div className="actions">
              <Button variant="primary" onClick={() => void save(proposal)} busy={saving.state.status === 'saving'} data-testid="authserv-confirm">
                {t('settings.authserv.confirm', { id: proposal })}
              </Button>
            </div>
          </Notice>
        )}
        <div className="field-row">
          <Field
            label={t('settings.authserv.field')}
            hint={t('settings.authserv.hint')}
            value={typed}
            placeholder={proposal}
            spellCheck={false}
            autoCapitalize="off"
            onChange={(e) => {
              setTyped(e.target.value);
              saving.reset();
            }}
            error={showProblem && problem ? t('settings.authserv.invalid') : undefined}
            data-testid="authserv-id"
          />
        </div>
        <SaveFailureNotice state={saving.state} />
        <SaveBar changed={authservIdToSave(typed) !== saved} state={saving.state} onSave={() => void save(typed)} label={t('settings.authserv.save')} testId="authserv-save">
          {saved !== undefined && (
            <Button variant="quiet" onClick={() => void save('')} busy={saving.state.status === 'saving'}>
              {t('settings.authserv.clear')}
            </Button>
          )}
        </SaveBar>
      </div>
    </SettingsSection>
  );
}
