/**
 * Settings › Notifications: the three kinds of desktop notification, each on or off (saved at
 * once in main's notification settings, `notifications:save`). What each says is main's
 * business, in the words this window hands it (shell/mainWords.ts).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationKind, NotificationSettings } from '../../../../shared/ipc/calls/notifications';
import { api } from '../../api/api';
import { reportError } from '../../api/reportError';
import { Notice } from '../../components/Notice';
import { Switch } from '../../components/Switch';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';

const KINDS: readonly NotificationKind[] = ['rejected', 'sendFailed', 'sourceStopped'];

type Loaded = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; settings: NotificationSettings };

export function NotificationsSection() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saving, setSaving] = useState<NotificationKind | undefined>();
  const [saveFailed, setSaveFailed] = useState(false);
  const [saved, setSaved] = useState<{ kind: NotificationKind; at: number }>();

  useEffect(() => {
    let live = true;
    api()
      .invoke('notifications:get', {})
      .then((settings) => live && setLoaded({ status: 'loaded', settings }))
      .catch((err: unknown) => {
        reportError('notification settings', err);
        if (live) setLoaded({ status: 'failed' });
      });
    return () => {
      live = false;
    };
  }, []);

  async function toggle(kind: NotificationKind, on: boolean): Promise<void> {
    if (loaded.status !== 'loaded') return;
    const before = loaded.settings;
    // shown at once; put back if the save fails
    setLoaded({ status: 'loaded', settings: { ...before, [kind]: on } });
    setSaving(kind);
    setSaveFailed(false);
    try {
      const settings = await api().invoke('notifications:save', { settings: { ...before, [kind]: on } });
      setLoaded({ status: 'loaded', settings });
      setSaved({ kind, at: Date.now() });
    } catch (err) {
      reportError('notification settings', err);
      setLoaded({ status: 'loaded', settings: before });
      setSaveFailed(true);
    } finally {
      setSaving(undefined);
    }
  }

  return (
    <SettingsSection id="notifications" title={t('notifications.settings.title')} description={t('notifications.settings.intro')}>
      {loaded.status === 'failed' && <Notice tone="error">{t('notifications.settings.loadFailed')}</Notice>}
      {loaded.status === 'loaded' && (
        <div className="section-body">
          {KINDS.map((kind) => (
            <div className="replication-switch" key={kind}>
              <Switch
                label={t(`notifications.settings.${kind}`)}
                checked={loaded.settings[kind]}
                busy={saving === kind}
                onChange={(on) => void toggle(kind, on)}
                describedBy={`notifications-${kind}-hint`}
                testId={`notifications-${kind}`}
              />
              <SavedBadge token={saved?.kind === kind ? saved.at : undefined} testId={`notifications-${kind}-saved`} />
              <p className="field-hint" id={`notifications-${kind}-hint`}>
                {t(`notifications.settings.${kind}Hint`)}
              </p>
            </div>
          ))}
          {saveFailed && (
            <Notice tone="error" announce="alert">
              {t('notifications.settings.saveFailed')}
            </Notice>
          )}
        </div>
      )}
    </SettingsSection>
  );
}
