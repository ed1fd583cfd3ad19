import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api/api';
import { useUiStore, VIEWS, type ViewName } from './state/uiStore';

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

export function App() {
  const { t } = useTranslation();
  const view = useUiStore((s) => s.view);
  const showView = useUiStore((s) => s.showView);
  const core = useCoreVersion();

  return (
    <div className="app">
      <nav className="sidebar" aria-label={t('shell.nav.label')}>
        <div className="brand">Blindcopy</div>
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
        <div className="core-status" role="status" data-testid="core-status">
          {core.failed ? t('shell.core.disconnected') : core.version ? t('shell.core.connected', { version: core.version }) : ''}
        </div>
      </nav>
      <main className="content" data-testid={`view-${view}`}>
        <h1>{t(`shell.nav.${view}`)}</h1>
        <p className="empty-state">{t(`shell.empty.${view}`)}</p>
      </main>
    </div>
  );
}
