/** Step 3: what will be saved, in one look; then account:save (passwords to the keychain). */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import type { SaveState } from '../common/account/useSaveAccount';
import { serverLabel } from './serverLabel';
import type { AccountSetup } from './useAccountSetup';

export interface SaveStepProps {
  setup: AccountSetup;
  saveState: SaveState;
  headingRef: Ref<HTMLHeadingElement>;
  onBack(): void;
  onSave(): void;
}

export function SaveStep({ setup, saveState, headingRef, onBack, onSave }: SaveStepProps) {
  const { t } = useTranslation();
  const { draft } = setup;
  const dropbox = draft.dropbox;
  const account = draft.displayName.trim() ? `${draft.displayName.trim()} <${draft.email.trim()}>` : draft.email.trim();
  return (
    <div className="step" role="group" aria-labelledby="first-run-save">
      <h2 id="first-run-save" ref={headingRef} tabIndex={-1}>
        {t('firstRun.save.title')}
      </h2>
      <dl className="summary">
        <dt>{t('firstRun.save.account')}</dt>
        <dd>{account}</dd>
        <dt>{t('settings.server.imapTitle')}</dt>
        <dd>{serverLabel(t, draft.imap)}</dd>
        <dt>{t('settings.server.smtpTitle')}</dt>
        <dd>{serverLabel(t, draft.smtp)}</dd>
        <dt>{t('settings.dropbox.title')}</dt>
        <dd>
          {dropbox.mode === 'folder'
            ? t('firstRun.save.dropboxFolder', { folder: dropbox.folder })
            : t('firstRun.save.dropboxLogin', { user: dropbox.server.user.trim(), server: serverLabel(t, dropbox.server), folder: dropbox.mailbox.trim() })}
        </dd>
        <dt>{t('settings.bcc.title')}</dt>
        <dd>{setup.bccAddress}</dd>
      </dl>
      <p className="section-text">{t('firstRun.save.passwords')}</p>
      <SaveFailureNotice state={saveState} />
      <div className="actions actions-split">
        <Button onClick={onBack}>{t('firstRun.back')}</Button>
        <Button variant="primary" onClick={onSave} busy={saveState.status === 'saving'}>
          {t('firstRun.save.button')}
        </Button>
      </div>
    </div>
  );
}
