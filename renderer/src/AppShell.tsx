/** The shell around every view once an account exists: navigation, status line, the view. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api/api';
import { isOffline, syncingProgress, useSyncStore } from './app/syncState';
import { useUiStore, VIEWS, type ViewName } from './state/uiStore';
import { ComposeLauncher } from './views/compose/ComposeLauncher';
import { InboxView } from './views/inbox/InboxView';
import { ItemsView } from './views/items/ItemsView';
import { OutboxLauncher } from './views/outbox/OutboxLauncher';
import { RejectedView } from './views/rejected/RejectedView';

const ICONS: Record<ViewName, string> = {
  inbox: '✉',
  deals: '◆',
  leads: '◇',
  projects: '▣',
  persons: '☺',
  organizations: '⌂',
  rejected: '⊘',
  settings: '⚙',
};

function useCoreVersion(): { version?: string; failed: boolean } {
  const [state, setState] = useState<{ version?: string; failed: boolean }>({ failed: false });
  useEffect(() => {
    let live = true;
    api()
      .invoke('app:info', {})
      .then((info) => live && setState({ version: info.version, failed: false }))
      .catch(() => live && setState({ failed: true }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

function CurrentView({ view, settings }: { view: ViewName; settings: React.ReactNode }) {
  switch (view) {
    case 'inbox':
      return <InboxView />;
    case 'rejected':
      return <RejectedView />;
    case 'settings':
      return <>{settings}</>;
    default:
      return <ItemsView kind={view} />;
  }
}

export function AppShell({ settings }: { settings: React.ReactNode }) {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.view);
  const showView = useUiStore((s) => s.showView);
  const core = useCoreVersion();
  // select the stable sources object; derive here (a selector returning a new object each
  // time would make React re-render without end)
  const sources = useSyncStore((s) => s.sources);
  const offline = isOffline(sources);
  const syncing = syncingProgress(sources);

  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('shell.nav.label')}>
        <div className="brand">Blindcopy</div>
        {/* compose: the Compose button and its panel (views/compose) */}
        <ComposeLauncher />
        {/* outbox: the Outbox entry with its count and panel (views/outbox) */}
        <OutboxLauncher />
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button
                type="button"
                className={v === view ? 'nav-item active' : 'nav-item'}
                aria-current={v === view ? 'page' : undefined}
                data-view={v}
                onClick={() => showView(v)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {ICONS[v]}
                </span>
                {t(`shell.nav.${v}`)}
              </button>
            </li>
          ))}
        </ul>
        {syncing && (
          <div className="sync-progress" role="status" data-testid="sync-progress">
            <span>{t('shell.core.syncing', { done: syncing.done, total: syncing.total })}</span>
            <progress max={syncing.total} value={syncing.done} aria-label={t('shell.core.syncingLabel')} />
          </div>
        )}
        {offline && (
          <div className="offline-note" role="status" data-testid="offline">
            {t('shell.core.offline')}
          </div>
        )}
        <div className="core-status" role="status" data-testid="core-status">
          {core.failed ? t('shell.core.disconnected') : core.version ? t('shell.core.connected', { version: core.version }) : ''}
        </div>
      </nav>
      <main className="content" data-testid={`view-${view}`}>
        {view !== 'settings' && <h1>{t(`shell.nav.${view}`)}</h1>}
        <CurrentView view={view} settings={settings} />
      </main>
    </div>
  );
}
