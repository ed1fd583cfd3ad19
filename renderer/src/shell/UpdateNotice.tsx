/**
 * The sidebar's "Restart to update": shown once main has downloaded an update (update:state is
 * 'ready'), never before and never when the app was built without an update feed. The state is
 * asked for at start too: an update may have finished downloading before this page listened.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../../../shared/ipc/calls/system';
import { api } from '../api/api';
import { reportError } from '../api/reportError';
import { Button } from '../components/Button';
import '../styles/system.css';

export function UpdateNotice() {
  const { t } = useTranslation();
  const [state, setState] = useState<UpdateState>({ status: 'off' });
  const [restart, setRestart] = useState<'idle' | 'busy' | 'failed'>('idle');

  useEffect(() => {
    let live = true;
    const off = api().on('update:state', (next) => setState(next));
    api()
      .invoke('update:state', {})
      .then((now) => live && setState((shown) => (shown.status === 'ready' ? shown : now)))
      .catch((err: unknown) => reportError('update notice', err));
    return () => {
      live = false;
      off();
    };
  }, []);

  if (state.status !== 'ready') return null;

  const restartNow = () => {
    setRestart('busy');
    api()
      .invoke('update:restart', {})
      .then(({ restarting }) => !restarting && setRestart('failed'))
      .catch((err: unknown) => {
        reportError('update restart', err);
        setRestart('failed');
      });
  };

  return (
    <div className="update-note" role="status" data-testid="update-notice">
      <p className="update-note-title">{t('system.update.ready', { version: state.version })}</p>
      <p className="update-note-advice">{t('system.update.readyAdvice')}</p>
      <Button variant="primary" busy={restart === 'busy'} onClick={restartNow}>
        {t('system.update.restart')}
      </Button>
      {restart === 'failed' && (
        <p className="update-note-advice" role="alert">
          {t('system.update.notRestarted')}
        </p>
      )}
    </div>
  );
}
