/**
 * Settings › This computer: start Blindcopy at login. The system keeps the answer (main asks it
 * each time), so a change made in the system's own settings shows here; where the system lets no
 * app start itself, the section says so instead of offering a switch that does nothing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginItemState } from '../../../../shared/ipc/calls/system';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';
import { Notice } from '../../components/Notice';
import { Switch } from '../../components/Switch';
import { useAsyncAction } from '../../components/useAsyncAction';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';

export function StartupSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<LoginItemState | undefined>();
  const change = useAsyncAction();
  const [savedAt, setSavedAt] = useState<number>();

  useEffect(() => {
    let live = true;
    api()
      .invoke('system:loginItem', {})
      .then((now) => live && setState(now))
      .catch((err: unknown) => reportError('startup settings', err));
    return () => {
      live = false;
    };
  }, []);

  const toggle = async (openAtLogin: boolean) => {
    const now = await change.run(() => api().invoke('system:setLoginItem', { openAtLogin }));
    if (now) {
      setState(now);
      setSavedAt(Date.now());
    }
  };

  return (
    <SettingsSection id="startup" title={t('system.startup.title')}>
      {state?.supported === false && <p className="section-text">{t('system.startup.unsupported')}</p>}
      {state?.supported && (
        <div className="section-body">
          <Switch
            label={t('system.startup.openAtLogin')}
            checked={state.openAtLogin}
            busy={change.busy}
            onChange={(next) => void toggle(next)}
            describedBy="startup-open-at-login-hint"
            testId="startup-open-at-login"
          />
          <SavedBadge token={savedAt} testId="startup-saved" />
          <p className="field-hint" id="startup-open-at-login-hint">
            {t('system.startup.openAtLoginHint')}
          </p>
          {change.error !== undefined && <Notice tone="error" announce="alert" title={t('system.startup.failed')} />}
        </div>
      )}
    </SettingsSection>
  );
}
