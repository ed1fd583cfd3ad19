/**
 * The first run's draft: the account, its servers and tests, the drop box and the company BCC
 * address. Edits that change a server forget that server's last test; user names and the
 * company domain follow the email address until the user changes them.
 */
import { useEffect, useRef, useState } from 'react';
import type { CertificateInfo } from '../../../../shared/ipc/connection';
import { emptyAccount, withoutPasswords, type AccountDraft } from '../common/account/accountDraft';
import { addressOf, domainOf, type CompanyBccDraft } from '../common/account/companyBccDraft';
import type { DropboxDraft } from '../common/account/dropboxDraft';
import { certificateToReuse, serverOf, TRUST_TARGETS, trustedCertificates, type TrustTarget } from '../common/account/certificateReuse';
import { draftOf, endpointKey, loginOf, type PinnedCertificate, type ServerDraft, type ServerKind } from '../common/account/serverDraft';
import type { ServerTestState } from '../common/account/useServerTest';
import { testImap, testSmtp } from '../common/account/testCalls';
import { useServerTest } from '../common/account/useServerTest';
import { DEFAULT_DROPBOX_LOCAL_PART } from '../../../../shared/rules/companyAddress';
import type { Discovered } from './useDiscovery';

export function useAccountSetup() {
  const [draft, setDraft] = useState<AccountDraft>(emptyAccount);
  const [bcc, setBccDraft] = useState<CompanyBccDraft>({ domain: '', localPart: DEFAULT_DROPBOX_LOCAL_PART });
  const [bccEdited, setBccEdited] = useState(false);
  const tests = { imap: useServerTest(), smtp: useServerTest(), dropbox: useServerTest() };
  // what a test's answer is checked against when it arrives (R8.2: certificates trusted meanwhile count)
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);

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

  /** Servers found by autodiscovery replace the typed ones (only the side found, when guessing found one); the password stays. */
  function applyDiscovered(found: Partial<Discovered>): void {
    const { imap, smtp } = found;
    setDraft((d) => ({
      ...d,
      ...(imap && { imap: { ...draftOf(imap), password: d.imap.password } }),
      ...(smtp && { smtp: { ...draftOf(smtp), password: d.smtp.password } }),
    }));
    if (imap) tests.imap.reset();
    if (smtp) tests.smtp.reset();
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
    if (login) void tests[kind].run(kind === 'imap' ? testImap(login) : testSmtp(login)).then((state) => reuseTrust(kind, server, state));
  }

  /** R8.2: a certificate the user trusted for another server of this account is trusted here too, without asking. */
  function reuseTrust(target: TrustTarget, server: ServerDraft, state: ServerTestState | undefined): void {
    const current = serverOf(latest.current, target);
    if (endpointKey(current) !== endpointKey(server)) return;
    const pin = certificateToReuse(state, server, trustedCertificates(latest.current));
    if (pin) pinAndTest(target, { ...current, password: server.password }, pin);
  }

  function pinAndTest(target: TrustTarget, server: ServerDraft, pinnedCertificate: PinnedCertificate): void {
    const pinned = { ...server, pinnedCertificate };
    if (target === 'dropbox') {
      setDraft((d) => ({ ...d, dropbox: { ...d.dropbox, server: pinned } }));
      testDropbox(pinned);
    } else {
      setDraft((d) => ({ ...d, [target]: pinned }));
      testServer(target, pinned);
    }
  }

  function testAccount(): void {
    testServer('imap', draft.imap);
    testServer('smtp', draft.smtp);
  }

  function testDropbox(server = draft.dropbox.server): void {
    const login = loginOf(server);
    if (login) void tests.dropbox.run(testImap(login, draft.dropbox.mailbox.trim() || undefined)).then((state) => reuseTrust('dropbox', server, state));
  }

  /**
   * Trusts the certificate for that server (pinned), then tests it again; every other server whose
   * test met the very same certificate is trusted with it (R8.2), and only those.
   */
  function trust(target: TrustTarget, certificate: CertificateInfo): void {
    const pin = { pem: certificate.pem, sha256: certificate.sha256 };
    pinAndTest(target, serverOf(draft, target), pin);
    for (const other of TRUST_TARGETS) {
      if (other === target || (other === 'dropbox' && draft.dropbox.mode !== 'login')) continue;
      const server = serverOf(draft, other);
      if (certificateToReuse(tests[other].state, server, [pin])) pinAndTest(other, server, pin);
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
