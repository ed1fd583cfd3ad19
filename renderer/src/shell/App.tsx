/**
 * The top of the interface: the first-run guide until an account is saved, then the shell.
 * Capture starts (or restarts) whenever the account is known or changes, after the store has
 * taken over the account's facts (own addresses, BCC address).
 */
import { useCallback } from 'react';
import type { AccountView } from '../../../shared/settings/accountConfig';
import { AppShell } from './AppShell';
import { useDeepLinks } from './deepLinks';
import { useMainWords } from './mainWords';
import { useOpenPlace } from './openPlace';
import { useSession } from '../session/sessionContext';
import { useAlternates, usePreferences } from './useSettingsProps';
import { AccountGate } from '../views/firstRun/AccountGate';
import { SettingsView } from '../views/settings/SettingsView';

function Settings({ onAccountSaved }: { onAccountSaved(account: AccountView): void }) {
  return <SettingsView preferences={usePreferences()} alternates={useAlternates()} onAccountSaved={onAccountSaved} />;
}

export function App() {
  const session = useSession();
  const onAccount = useCallback(
    (account: AccountView) => {
      // handled: startCapture reported it, and the sidebar says why mail is not fetched (R10.4)
      if (account.config) session.startCapture().catch(() => undefined);
    },
    [session],
  );
  const deepLinkNotice = useDeepLinks();
  // desktop notifications and the Help menu: main's words, and where a click on a notification leads
  useMainWords();
  useOpenPlace();
  return (
    <>
      {deepLinkNotice}
      <AccountGate onAccount={onAccount}>
        <AppShell settings={<Settings onAccountSaved={onAccount} />} />
      </AccountGate>
    </>
  );
}
