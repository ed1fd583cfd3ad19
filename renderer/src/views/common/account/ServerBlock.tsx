/** One server of the account: its heading, its fields, its trusted certificate, its last test. */
import { useId, type ReactNode } from 'react';
import type { CertificateInfo } from '../../../../../shared/ipc/connection';
import { PinnedCertificateNote } from './PinnedCertificateNote';
import { ServerFields, type PasswordFieldOptions } from './ServerFields';
import { ServerTestResult } from './ServerTestResult';
import type { ServerDraft, ServerKind } from './serverDraft';
import type { ServerTestState } from './useServerTest';

export interface ServerBlockProps {
  kind: ServerKind;
  title: string;
  description?: ReactNode;
  value: ServerDraft;
  onChange(next: ServerDraft): void;
  password?: PasswordFieldOptions;
  showProblems?: boolean;
  test: ServerTestState;
  /** the drop-box folder the test looks for */
  mailbox?: string;
  onTrust(certificate: CertificateInfo): void;
  /** more fields of this server (e.g. the drop-box folder) */
  children?: ReactNode;
  testId?: string;
}

export function ServerBlock(props: ServerBlockProps) {
  const { kind, title, description, value, onChange, password, showProblems, test, mailbox, onTrust, children, testId } = props;
  const headingId = useId();
  return (
    <section className="server-block" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{title}</h3>
      {description && <p className="section-text">{description}</p>}
      <ServerFields kind={kind} value={value} onChange={onChange} password={password} showProblems={showProblems} />
      {children}
      {value.pinnedCertificate && !(test.status === 'failed' && test.code === 'tls-untrusted') && (
        <PinnedCertificateNote pinned={value.pinnedCertificate} onForget={() => onChange({ ...value, pinnedCertificate: undefined })} />
      )}
      <ServerTestResult kind={kind} state={test} server={value} mailbox={mailbox} onTrust={onTrust} />
    </section>
  );
}
