/** What one server's connection test found: testing, connected, or what failed and what to do. */
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../../../shared/ipc/connection';
import { Notice } from '../../../components/Notice';
import { StatusBadge } from '../../../components/StatusBadge';
import { CertificateCard } from './CertificateCard';
import { failureText } from './failureText';
import type { ServerDraft, ServerKind } from './serverDraft';
import type { ServerTestState } from './useServerTest';

export interface ServerTestResultProps {
  kind: ServerKind;
  state: ServerTestState;
  server: ServerDraft;
  /** the drop-box folder the test looked for */
  mailbox?: string;
  onTrust(certificate: CertificateInfo): void;
}

export function ServerTestResult({ kind, state, server, mailbox, onTrust }: ServerTestResultProps) {
  const { t } = useTranslation();
  const testId = `test-result-${kind}`;
  switch (state.status) {
    case 'idle':
      return null;
    case 'testing':
      return (
        <div className="server-test" data-testid={testId} role="status">
          <StatusBadge tone="busy">{t('settings.connection.testing', { host: server.host.trim() })}</StatusBadge>
        </div>
      );
    case 'ok':
      return (
        <div className="server-test" data-testid={testId} role="status">
          <StatusBadge tone="ok">{t('settings.connection.ok', { host: server.host.trim() })}</StatusBadge>
          {kind === 'imap' && <span className="server-test-detail">{t('settings.connection.folders', { count: state.mailboxes.length })}</span>}
        </div>
      );
    case 'core-error':
      return (
        <Notice tone="error" announce="alert" testId={testId} className="server-test" title={t('common.coreError.title')}>
          <p>{t('common.coreError.advice')}</p>
        </Notice>
      );
    case 'failed': {
      const text = failureText(t, state.code, { host: server.host, port: server.port, mailbox });
      return (
        <Notice tone={state.code === 'tls-untrusted' ? 'warning' : 'error'} announce="alert" testId={testId} className="server-test" title={text.title}>
          <p>{text.advice}</p>
          {state.serverText && state.code !== 'mailbox-missing' && (
            <p className="server-said">
              {t('settings.connection.serverSaid')} <q>{state.serverText}</q>
            </p>
          )}
          {state.certificate && <CertificateCard certificate={state.certificate} host={server.host} port={server.port} onTrust={onTrust} />}
        </Notice>
      );
    }
  }
}
