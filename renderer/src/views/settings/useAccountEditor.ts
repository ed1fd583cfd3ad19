/**
 * Editing the saved account in Settings: the draft, the connection tests, and which changed
 * servers still lack a passing test. Password fields start empty, meaning "unchanged"; a test
 * needs the password typed, because stored passwords never come back to the window.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CertificateInfo } from '../../../../shared/ipc/connection';
import type { AccountConfig } from '../../../../shared/settings/accountConfig';
import { accountDraftOf, withoutPasswords, type AccountDraft } from '../common/account/accountDraft';
import type { DropboxDraft } from '../common/account/dropboxDraft';
import { certificateToReuse, serverOf, trustedCertificates } from '../common/account/certificateReuse';
import { endpointKey, loginOf, type PinnedCertificate, type ServerDraft } from '../common/account/serverDraft';
import type { ServerTestState } from '../common/account/useServerTest';
import { testImap, testSmtp } from '../common/account/testCalls';
import { useServerTest } from '../common/account/useServerTest';

export type TestTarget = 'imap' | 'smtp' | 'dropbox';
export const TEST_TARGETS: readonly TestTarget[] = ['imap', 'smtp', 'dropbox'];

export function useAccountEditor(config: AccountConfig) {
  const saved = useMemo(() => accountDraftOf(config), [config]);
  const [draft, setDraft] = useState<AccountDraft>(saved);
  const tests = { imap: useServerTest(), smtp: useServerTest(), dropbox: useServerTest() };
  const [missingPasswords, setMissingPasswords] = useState<TestTarget[]>([]);
  // what a test's answer is checked against when it arrives (R8.2: certificates trusted meanwhile count)
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);

  const usesLogin = draft.dropbox.mode === 'login';
  const targets = TEST_TARGETS.filter((t) => t !== 'dropbox' || usesLogin);

  /** Did this server change in a way a test must confirm (where, who, password, folder)? */
  function changed(target: TestTarget): boolean {
    const now = serverOf(draft, target);
    if (target === 'dropbox') {
      if (!usesLogin) return false;
      if (saved.dropbox.mode !== 'login' || draft.dropbox.mailbox.trim() !== saved.dropbox.mailbox) return true;
    }
    if (target === 'imap' && draft.dropbox.mode === 'folder' && draft.dropbox.folder.trim() !== saved.dropbox.folder) return true;
    return now.password !== '' || endpointKey(now) !== endpointKey(serverOf(saved, target));
  }

  function run(target: TestTarget, server = serverOf(draft, target)): boolean {
    const login = loginOf(server);
    if (!login) return false;
    const call =
      target === 'smtp'
        ? testSmtp(login)
        : target === 'dropbox'
          ? testImap(login, draft.dropbox.mailbox.trim() || undefined)
          : testImap(login, draft.dropbox.mode === 'folder' ? draft.dropbox.folder.trim() || undefined : undefined);
    void tests[target].run(call).then((state) => reuseTrust(target, server, state));
    return true;
  }

  /** R8.2: a certificate the user trusted for another server of this account is trusted here too, without asking. */
  function reuseTrust(target: TestTarget, server: ServerDraft, state: ServerTestState | undefined): void {
    const current = serverOf(latest.current, target);
    if (endpointKey(current) !== endpointKey(server)) return;
    const pin = certificateToReuse(state, server, trustedCertificates(latest.current));
    if (pin) pinAndTest(target, { ...current, password: server.password }, pin);
  }

  function pinAndTest(target: TestTarget, server: ServerDraft, pinnedCertificate: PinnedCertificate): void {
    const pinned = { ...server, pinnedCertificate };
    setServer(target, pinned);
    run(target, pinned);
  }

  /** Tests the servers whose password was typed; names the others. */
  function test(which: readonly TestTarget[] = targets): void {
    setMissingPasswords(which.filter((t) => serverOf(draft, t).password === ''));
    for (const t of which) if (serverOf(draft, t).password !== '') run(t);
  }

  function setServer(target: TestTarget, server: ServerDraft): void {
    setDraft((d) => (target === 'dropbox' ? { ...d, dropbox: { ...d.dropbox, server } } : { ...d, [target]: server }));
    tests[target].reset();
    if (server.password) setMissingPasswords((m) => m.filter((t) => t !== target));
  }

  function setDropbox(dropbox: DropboxDraft): void {
    if (dropbox.server !== draft.dropbox.server || dropbox.mailbox !== draft.dropbox.mailbox) tests.dropbox.reset();
    if (dropbox.folder !== draft.dropbox.folder || dropbox.mode !== draft.dropbox.mode) tests.imap.reset();
    setDraft((d) => ({ ...d, dropbox }));
  }

  /** Trusts the certificate for that server, and for every other whose test met the very same certificate (R8.2). */
  function trust(target: TestTarget, certificate: CertificateInfo): void {
    const pin = { pem: certificate.pem, sha256: certificate.sha256 };
    pinAndTest(target, serverOf(draft, target), pin);
    for (const other of targets) {
      const server = serverOf(draft, other);
      if (other !== target && certificateToReuse(tests[other].state, server, [pin])) pinAndTest(other, server, pin);
    }
  }

  function forgetPasswords(): void {
    setDraft(withoutPasswords);
  }

  return {
    draft,
    tests,
    missingPasswords,
    /** changed servers whose last test did not pass: saving waits for them */
    untested: targets.filter((t) => changed(t) && tests[t].state.status !== 'ok'),
    setDraft,
    setServer,
    setDropbox,
    test,
    trust,
    forgetPasswords,
  };
}

export type AccountEditor = ReturnType<typeof useAccountEditor>;
