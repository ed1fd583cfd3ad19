/**
 * The first run's draft: the account, its servers and tests, the drop box and the company BCC
 * address. Edits that change a server forget that server's last test; user names and the
 * company domain follow the email address until the user changes them.
 */
import { useState } from 'react';
import type { CertificateInfo } from '../../../../shared/ipc/connection';
import { emptyAccount, withoutPasswords, type AccountDraft } from '../common/account/accountDraft';
import { addressOf, domainOf, type CompanyBccDraft } from '../common/account/companyBccDraft';
import type { DropboxDraft } from '../common/account/dropboxDraft';
import { draftOf, loginOf, type ServerDraft, type ServerKind } from '../common/account/serverDraft';
import { testImap, testSmtp } from '../common/account/testCalls';
import { useServerTest } from '../common/account/useServerTest';
import { DEFAULT_DROPBOX_LOCAL_PART } from '../../../../shared/rules/companyAddress';
import type { Discovered } from './useDiscovery';

export function useAccountSetup() {
  const [draft, setDraft] = useState<AccountDraft>(emptyAccount);
  const [bcc, setBccDraft] = useState<CompanyBccDraft>({ domain: '', localPart: DEFAULT_DROPBOX_LOCAL_PART });
  const [bccEdited, setBccEdited] = useState(false);
  const tests = { imap: useServerTest(), smtp: useServerTest(), dropbox: useServerTest() };

  function setEmail(email: string): void {
    setDraft((d) => {
      const follow = (server: ServerDraft): ServerDraft => (server.user === '' || server.user === d.email ? { ...server, user: email.trim() } : server);
      return { ...d, email, imap: follow(d.imap), smtp: follow(d.smtp) };
    });
    if (!bccEdited) setBccDraft((b) => ({ ...b, domain: domainOf(email.trim()) }));
  }

  function setServer(kind: ServerKind, server: ServerDraft): void {
    setDraft((d) => ({ ...d, [kind]: server }));
    tests[kind].reset();
  }

  function setPassword(password: string): void {
    setDraft((d) => ({ ...d, imap: { ...d.imap, password } }));
    tests.imap.reset();
    tests.smtp.reset();
  }

  /** Servers found by autodiscovery replace the typed ones; the password stays. */
  function applyDiscovered(found: Discovered): void {
    setDraft((d) => ({ ...d, imap: { ...draftOf(found.imap), password: d.imap.password }, smtp: { ...draftOf(found.smtp), password: d.smtp.password } }));
    tests.imap.reset();
    tests.smtp.reset();
  }

  function setDropbox(dropbox: DropboxDraft): void {
    if (dropbox.server !== draft.dropbox.server || dropbox.mailbox !== draft.dropbox.mailbox) tests.dropbox.reset();
    setDraft((d) => ({ ...d, dropbox }));
  }

  function setBcc(next: CompanyBccDraft): void {
    setBccDraft(next);
    setBccEdited(true);
  }

  /** SMTP uses its own password when one was typed, the account's otherwise. */
  const smtpPassword = draft.smtp.password || draft.imap.password;

  function testServer(kind: ServerKind, server: ServerDraft): void {
    const login = loginOf(server, kind === 'imap' ? server.password : server.password || draft.imap.password);
    if (login) void tests[kind].run(kind === 'imap' ? testImap(login) : testSmtp(login));
  }

  function testAccount(): void {
    testServer('imap', draft.imap);
    testServer('smtp', draft.smtp);
  }

  function testDropbox(server = draft.dropbox.server): void {
    const login = loginOf(server);
    if (login) void tests.dropbox.run(testImap(login, draft.dropbox.mailbox.trim() || undefined));
  }

  /** Trusts the certificate for that one server (pinned), then tests it again. */
  function trust(target: ServerKind | 'dropbox', certificate: CertificateInfo): void {
    const pinnedCertificate = { pem: certificate.pem, sha256: certificate.sha256 };
    if (target === 'dropbox') {
      const server = { ...draft.dropbox.server, pinnedCertificate };
      setDraft((d) => ({ ...d, dropbox: { ...d.dropbox, server } }));
      testDropbox(server);
    } else {
      const server = { ...draft[target], pinnedCertificate };
      setDraft((d) => ({ ...d, [target]: server }));
      testServer(target, server);
    }
  }

  /** Passwords leave memory once saved. */
  function forgetPasswords(): void {
    setDraft(withoutPasswords);
  }

  return {
    draft,
    bcc,
    bccAddress: addressOf(bcc),
    tests,
    smtpPassword,
    setEmail,
    setDisplayName: (displayName: string) => setDraft((d) => ({ ...d, displayName })),
    setPassword,
    setServer,
    applyDiscovered,
    setDropbox,
    setBcc,
    testAccount,
    testDropbox: () => testDropbox(),
    trust,
    forgetPasswords,
  };
}

export type AccountSetup = ReturnType<typeof useAccountSetup>;
