/**
 * Brings the section another view asked for (uiState.showSettings, e.g. "Open Settings" in the
 * Rejected list → sender addresses) into view once it is on the page, and moves keyboard focus
 * to its heading. Waits for `ready`: the sections appear only after the account has loaded.
 */
import { useEffect } from 'react';
import { useUiState } from '../../state/uiState';

export function useRequestedSection(ready: boolean): void {
  const section = useUiState((s) => s.settingsSection);
  const shown = useUiState((s) => s.settingsSectionShown);
  useEffect(() => {
    if (!ready || section === undefined) return;
    const heading = document.getElementById(`${section}-title`);
    if (heading === null) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    shown();
  }, [ready, section, shown]);
}
