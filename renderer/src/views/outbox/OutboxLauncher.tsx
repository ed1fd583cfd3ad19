/**
 * The sidebar's "Outbox" entry: how many messages still wait or failed, and the panel it opens.
 * Keeps the outbox feed live for as long as the shell shows.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isOpenEntry, openOutbox, useOutboxFeed, useOutboxSubscription } from './outboxFeed';
import { OutboxPanel } from './OutboxPanel';
import '../../styles/outbox.css';

export function OutboxLauncher() {
  const { t } = useTranslation();
  useOutboxSubscription();
  const open = useOutboxFeed((s) => s.panelOpen);
  const waiting = useOutboxFeed((s) => s.entries.filter(isOpenEntry).length);
  const failed = useOutboxFeed((s) => s.entries.filter((e) => e.state === 'failed-permanent').length);

  return (
    <>
      <button
        type="button"
        className={open ? 'nav-item outbox-nav is-open' : 'nav-item outbox-nav'}
        data-view="outbox"
        aria-haspopup="dialog"
        onClick={openOutbox}
        aria-label={waiting > 0 ? t('outbox.navNamed', { count: waiting }) : undefined}
      >
        <span className="nav-icon" aria-hidden="true">
          ⇪
        </span>
        {t('outbox.nav')}
        {waiting > 0 && (
          <span className={failed > 0 ? 'outbox-count has-failed' : 'outbox-count'} aria-hidden="true" data-testid="outbox-count">
            {waiting}
          </span>
        )}
      </button>
      {createPortal(<OutboxPanel />, document.body)}
    </>
  );
}
