/** The shell around every view once an account exists: navigation, status line, the view. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import { useUiState, VIEWS, type ViewName } from '../state/uiState';
import { ComposeDock } from '../views/compose/ComposeDock';
import { ComposeLauncher } from '../views/compose/ComposeLauncher';
import { InboxView } from '../views/inbox/InboxView';
import { LinkPanel } from '../views/linkPanel/LinkPanel';
import { LinkPickerDialog } from '../views/linkPanel/LinkPickerDialog';
import { ThreadView } from '../views/thread/ThreadView';
import { ItemsView } from '../views/items/ItemsView';
import { OutboxLauncher } from '../views/outbox/OutboxLauncher';
import { RejectedView } from '../views/rejected/RejectedView';
import { UndoToast } from '../views/common/UndoToast';
import { SyncStatus } from './SyncStatus';
import { UpdateNotice } from './UpdateNotice';

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
      // handled: the shell shows the core as not answering (failed)
      .catch(() => live && setState({ failed: true }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The inbox's reading pane: the open thread beside its link panel. */
const renderThread = (threadId: string, onClose: () => void) => (
  <>
    <ThreadView threadId={threadId} onClose={onClose} />
    <LinkPanel threadId={threadId} />
  </>
);
const renderLinkPicker = (threadId: string, onClose: () => void) => <LinkPickerDialog threadId={threadId} onClose={onClose} />;

function CurrentView({ view, settings }: { view: ViewName; settings: React.ReactNode }) {
  switch (view) {
    case 'inbox':
      return <InboxView renderThread={renderThread} renderLinkPicker={renderLinkPicker} />;
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
  const view = useUiState((s) => s.view);
  const showView = useUiState((s) => s.showView);
  const core = useCoreVersion();

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
        <SyncStatus />
        <UpdateNotice />
        {/* says something only when the core does not answer; the version is for tests and support, not words for the user */}
        <div className="core-status" role="status" data-testid="core-status" data-core-version={core.version}>
          {core.failed ? t('shell.core.disconnected') : ''}
        </div>
      </nav>
      <main className="content" data-testid={`view-${view}`}>
        {view !== 'settings' && <h1>{t(`shell.nav.${view}`)}</h1>}
        <CurrentView view={view} settings={settings} />
      </main>
      {/* compose: docked under the view, not modal, so what it answers stays readable (R10.5) */}
      <ComposeDock />
      {/* Undo after an unlink or a delete (issue 20.6) */}
      <UndoToast />
    </div>
  );
}
