import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { api } from './api/api';
import { openSession } from './session/session';
import { SessionContext } from './session/sessionContext';
import { watchUserActivity } from './session/userActivity';
import { initI18n, pickLanguage } from './i18n/i18n';
import './styles.css';

async function boot(): Promise<void> {
  watchUserActivity(window);
  await initI18n(pickLanguage(navigator.languages));
  const session = await openSession(api());
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <App />
      </SessionContext.Provider>
    </StrictMode>,
  );
}

void boot();
