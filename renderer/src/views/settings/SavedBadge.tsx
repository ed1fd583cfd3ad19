/**
 * "Saved", next to what was saved (the section's Save button, or the control that saves at
 * once): for a moment after each save, announced politely from a live region that stays in the
 * page. It goes on the next edit too (the section's state leaves 'saved'), so it never claims a
 * change that is not saved yet (issue 20.6).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { MOMENT_MS } from '../../components/useMomentNote';
import type { SaveState } from '../common/account/useSaveAccount';

export interface SavedBadgeProps {
  /** an account save: shown when it is 'saved' */
  state?: SaveState;
  /** or a token that changes with every save that went through (a time, a counter); undefined: none yet */
  token?: unknown;
  testId?: string;
}

export function SavedBadge({ state, token, testId }: SavedBadgeProps) {
  const { t } = useTranslation();
  const saved = state === undefined ? token : state.status === 'saved' ? state : undefined;
  const [shown, setShown] = useState<unknown>();
  useEffect(() => {
    setShown(saved);
    if (saved === undefined) return;
    const timer = window.setTimeout(() => setShown(undefined), MOMENT_MS);
    return () => window.clearTimeout(timer);
  }, [saved]);
  return (
    <span role="status" className="save-outcome" data-testid={testId}>
      {shown !== undefined && shown === saved && <StatusBadge tone="ok">{t('settings.save.saved')}</StatusBadge>}
    </span>
  );
}
