/** Settings › Account and drop box: edit the servers and logins, test them, save them. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { canonicalJson } from '../../../../shared/rules/replication/registers';
import { accountConfigOf, isEmailAddress, type AccountDraft } from '../common/account/accountDraft';
import { DropboxFields } from '../common/account/DropboxFields';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { ServerBlock } from '../common/account/ServerBlock';
import type { PasswordFieldOptions } from '../common/account/ServerFields';
import { SaveBar } from './SaveBar';
import { SettingsSection } from './SettingsSection';
import { useAccountEditor, type TestTarget } from './useAccountEditor';
import { useConfigSave } from './useConfigSave';

export interface AccountSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
  /** the account's folders, when a test listed them (for the sync settings) */
  onFolders(folders: string[]): void;
  /** the saved account's folders, listed with the stored password (R7.1) */
  savedFolders?: string[];
}

/** Anything typed that differs from the saved account (a password typed counts; a draft that does not parse yet too). */
function accountChanged(draft: AccountDraft, config: NonNullable<AccountView['config']>): boolean {
  const hasPassword = Boolean(draft.imap.password || draft.smtp.password || (draft.dropbox.mode === 'login' && draft.dropbox.server.password));
  const next = accountConfigOf(draft, config.companyBcc, config);
  return hasPassword || next === undefined || canonicalJson(next) !== canonicalJson(config);
}

export function AccountSection({ account, onSaved, onFolders, savedFolders }: AccountSectionProps) {
  const { t } = useTranslation();
  const editor = useAccountEditor(account.config);
  const saving = useConfigSave(account, onSaved);
  const [showProblems, setShowProblems] = useState(false);
  const [saveTried, setSaveTried] = useState(false);
  const { draft, tests } = editor;
  const imapState = tests.imap.state;
  const testing = Object.values(tests).some((test) => test.state.status === 'testing');
  const passwordField = (stored: boolean): PasswordFieldOptions => ({
    label: t('settings.account.password'),
    placeholder: stored ? t('settings.account.passwordUnchanged') : '',
  });
  const dropboxPasswordMissing =
    draft.dropbox.mode === 'login' && !draft.dropbox.server.password && (!account.hasPassword.dropbox || account.config.dropbox.mode !== 'login');
  const targetName = (target: TestTarget) => t(`settings.account.target.${target}`);
  const edited = () => saving.reset();
  const changed = accountChanged(draft, account.config);

  useEffect(() => {
    if (imapState.status === 'ok') onFolders(imapState.mailboxes);
  }, [imapState, onFolders]);

  function test(): void {
    setShowProblems(true);
    edited();
    editor.test();
  }

  async function save(): Promise<void> {
    setShowProblems(true);
    setSaveTried(true);
    const next = accountConfigOf(draft, account.config.companyBcc, account.config);
    if (!next || dropboxPasswordMissing || editor.untested.length > 0) return;
    const passwords = {
      ...(draft.imap.password ? { imap: draft.imap.password } : {}),
      ...(draft.smtp.password ? { smtp: draft.smtp.password } : {}),
      ...(draft.dropbox.mode === 'login' && draft.dropbox.server.password ? { dropbox: draft.dropbox.server.password } : {}),
    };
    const outcome = await saving.save(() => next, passwords);
    if (outcome.status === 'saved') editor.forgetPasswords();
  }

  return (
    <SettingsSection id="account" title={t('settings.account.title')} description={t('settings.account.intro')}>
      {/* any edit takes back an earlier "Saved" (change events bubble in React) */}
      <div className="section-body" onChange={edited}>
        <div className="field-row">
          <Field
            label={t('firstRun.account.email')}
            type="email"
            value={draft.email}
            onChange={(e) => editor.setDraft((d) => ({ ...d, email: e.target.value }))}
            error={showProblems && !isEmailAddress(draft.email) ? t('firstRun.account.emailInvalid') : undefined}
            autoComplete="email"
            spellCheck={false}
          />
          <Field
            label={t('firstRun.account.name')}
            value={draft.displayName}
            onChange={(e) => editor.setDraft((d) => ({ ...d, displayName: e.target.value }))}
            autoComplete="name"
          />
        </div>
        <div className="server-grid">
          <ServerBlock
            kind="imap"
            testId="server-imap"
            title={t('settings.server.imapTitle')}
            value={draft.imap}
            onChange={(server) => editor.setServer('imap', server)}
            password={passwordField(account.hasPassword.imap)}
            showProblems={showProblems}
            test={imapState}
            mailbox={draft.dropbox.mode === 'folder' ? draft.dropbox.folder : undefined}
            onTrust={(cert) => editor.trust('imap', cert)}
          />
          <ServerBlock
            kind="smtp"
            testId="server-smtp"
            title={t('settings.server.smtpTitle')}
            value={draft.smtp}
            onChange={(server) => editor.setServer('smtp', server)}
            password={passwordField(account.hasPassword.smtp)}
            showProblems={showProblems}
            test={tests.smtp.state}
            onTrust={(cert) => editor.trust('smtp', cert)}
          />
        </div>
        <h3>{t('settings.dropbox.title')}</h3>
        <p className="section-text">{t('settings.dropbox.purpose')}</p>
        <DropboxFields
          value={draft.dropbox}
          onChange={editor.setDropbox}
          accountServer={draft.imap}
          loginUser={account.config.companyBcc.address}
          accountFolders={imapState.status === 'ok' ? imapState.mailboxes : savedFolders}
          loginPassword={passwordField(account.hasPassword.dropbox && account.config.dropbox.mode === 'login')}
          loginTest={tests.dropbox.state}
          onTestLogin={() => editor.test(['dropbox'])}
          onTrust={(cert) => editor.trust('dropbox', cert)}
          showProblems={showProblems}
        />
      </div>
      {editor.missingPasswords.length > 0 && (
        <Notice tone="info" announce="status" testId="missing-passwords">
          <p>{t('settings.account.typeToTest', { servers: editor.missingPasswords.map(targetName).join(', ') })}</p>
        </Notice>
      )}
      {showProblems && dropboxPasswordMissing && <p className="field-error">{t('settings.dropbox.passwordMissing')}</p>}
      {saveTried && saving.state.status === 'idle' && editor.untested.length > 0 && (
        <Notice tone="warning" announce="status">
          <p>{t('settings.account.testBeforeSave', { servers: editor.untested.map(targetName).join(', ') })}</p>
        </Notice>
      )}
      <SaveFailureNotice state={saving.state} />
      <SaveBar changed={changed} state={saving.state} onSave={() => void save()} testId="account-save">
        <Button onClick={test} busy={testing}>
          {t('firstRun.account.test')}
        </Button>
      </SaveBar>
    </SettingsSection>
  );
}
