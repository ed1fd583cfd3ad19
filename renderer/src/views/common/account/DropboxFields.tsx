/**
 * Where the BCC copies arrive: a folder of the account, or a separate mailbox with its own
 * login (tested like the account's servers).
 */
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../../../shared/ipc/connection';
import { Button } from '../../../components/Button';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { FolderPicker } from './FolderPicker';
import { ServerBlock } from './ServerBlock';
import type { PasswordFieldOptions } from './ServerFields';
import { loginPrefill, type DropboxDraft, type DropboxMode } from './dropboxDraft';
import type { ServerDraft } from './serverDraft';
import type { ServerTestState } from './useServerTest';

export interface DropboxFieldsProps {
  value: DropboxDraft;
  onChange(next: DropboxDraft): void;
  /** the account's IMAP server, to start the separate login from */
  accountServer: ServerDraft;
  /** the user name a separate login starts with (the BCC address) */
  loginUser: string;
  /** the account's folders, from its connection test */
  accountFolders: readonly string[] | undefined;
  loginPassword: PasswordFieldOptions;
  loginTest: ServerTestState;
  onTestLogin(): void;
  onTrust(certificate: CertificateInfo): void;
  showProblems?: boolean;
}

export function DropboxFields(props: DropboxFieldsProps) {
  const { value, onChange, accountServer, loginUser, accountFolders, loginPassword, loginTest, onTestLogin, onTrust, showProblems } = props;
  const { t } = useTranslation();
  const setMode = (mode: DropboxMode) => {
    const startLogin = mode === 'login' && !value.server.host.trim();
    onChange({ ...value, mode, ...(startLogin ? { server: loginPrefill(accountServer, loginUser) } : {}) });
  };
  const loginFolders = loginTest.status === 'ok' ? loginTest.mailboxes : undefined;
  const missing = (v: string) => (showProblems && !v.trim() ? t('settings.dropbox.folderMissing') : undefined);
  return (
    <div className="dropbox-fields">
      <ChoiceGroup<DropboxMode>
        legend={t('settings.dropbox.mode')}
        value={value.mode}
        onChange={setMode}
        choices={[
          { value: 'folder', label: t('settings.dropbox.folderMode'), description: t('settings.dropbox.folderModeHint') },
          { value: 'login', label: t('settings.dropbox.loginMode'), description: t('settings.dropbox.loginModeHint') },
        ]}
      />
      {value.mode === 'folder' ? (
        <FolderPicker
          label={t('settings.dropbox.folder')}
          hint={accountFolders ? t('settings.dropbox.folderHint') : t('settings.dropbox.folderTypeHint')}
          value={value.folder}
          onChange={(folder) => onChange({ ...value, folder })}
          folders={accountFolders}
          error={missing(value.folder)}
        />
      ) : (
        <ServerBlock
          kind="imap"
          testId="dropbox-login"
          title={t('settings.dropbox.loginTitle')}
          value={value.server}
          onChange={(server) => onChange({ ...value, server })}
          password={loginPassword}
          showProblems={showProblems}
          test={loginTest}
          mailbox={value.mailbox}
          onTrust={onTrust}
        >
          <FolderPicker
            label={t('settings.dropbox.mailbox')}
            hint={t('settings.dropbox.mailboxHint')}
            value={value.mailbox}
            onChange={(mailbox) => onChange({ ...value, mailbox })}
            folders={loginFolders}
            error={missing(value.mailbox)}
          />
          <div className="actions">
            <Button onClick={onTestLogin} busy={loginTest.status === 'testing'}>
              {t('settings.dropbox.test')}
            </Button>
          </div>
        </ServerBlock>
      )}
    </div>
  );
}
