/**
 * Editing the saved account in Settings: the draft, the connection tests, and which changed
 * servers still lack a passing test. Password fields start empty, meaning "unchanged"; a test
 * needs the password typed, because stored passwords never come back to the window.
 */
import { useMemo, useState } from 'react';
import type { CertificateInfo } from '../../../../shared/ipc/connection';
import type { AccountConfig } from '../../../../shared/settings/accountConfig';
import { accountDraftOf, withoutPasswords, type AccountDraft } from '../common/account/accountDraft';
import type { DropboxDraft } from '../common/account/dropboxDraft';
import { endpointKey, loginOf, type ServerDraft } from '../common/account/serverDraft';
import { testImap, testSmtp } from '../common/account/testCalls';
import { useServerTest } from '../common/account/useServerTest';

export type TestTarget = 'imap' | 'smtp' | 'dropbox';
export const TEST_TARGETS: readonly TestTarget[] = ['imap', 'smtp', 'dropbox'];

function serverOf(draft: AccountDraft, target: TestTarget): ServerDraft {
  return target === 'dropbox' ? draft.dropbox.server : draft[target];
}

export function useAccountEditor(config: AccountConfig) {
  const saved = useMemo(() => accountDraftOf(config), [config]);
  const [draft, setDraft] = useState<AccountDraft>(saved);
  const tests = { imap: useServerTest(), smtp: useServerTest(), dropbox: useServerTest() };
  const [missingPasswords, setMissingPasswords] = useState<TestTarget[]>([]);

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
    if (target === 'smtp') void tests.smtp.run(testSmtp(login));
    else if (target === 'dropbox') void tests.dropbox.run(testImap(login, draft.dropbox.mailbox.trim() || undefined));
    else void tests.imap.run(testImap(login, draft.dropbox.mode === 'folder' ? draft.dropbox.folder.trim() || undefined : undefined));
    return true;
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

  function trust(target: TestTarget, certificate: CertificateInfo): void {
    const server = { ...serverOf(draft, target), pinnedCertificate: { pem: certificate.pem, sha256: certificate.sha256 } };
    setServer(target, server);
    run(target, server);
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
