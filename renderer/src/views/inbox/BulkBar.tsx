/** R5.4 many threads made private (or shared) at once: shown while threads are checked. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { CloseIcon, LockIcon, PeopleIcon } from '../../components/MailIcons';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useMomentNote } from '../../components/useMomentNote';
import { useInboxState } from '../../state/inboxState';
import { ErrorNotice } from '../common/ErrorNotice';

export function BulkBar() {
  const { t } = useTranslation();
  const store = useCrmStore();
  const checked = useInboxState((s) => s.checked);
  const clearChecked = useInboxState((s) => s.clearChecked);
  const action = useAsyncAction();
  // what the last bulk action did: said for a moment, and gone once a new selection starts (issue 20.6)
  const [done, say] = useMomentNote('bulk');
  useEffect(() => {
    if (checked.size > 0) say('');
  }, [checked, say]);

  async function apply(visibility: Visibility): Promise<void> {
    const ids = [...checked];
    say('');
    if (!(await action.run(() => store.setThreadsVisibility(ids, visibility)))) return;
    say(t(`inbox.bulk.done.${visibility}`, { count: ids.length }));
    clearChecked();
  }

  return (
    <>
      <div role="status" className="inbox-bulk-status" data-testid="bulk-status">
        {done}
      </div>
      <ErrorNotice error={action.error} className="inbox-bulk-error" />
      {checked.size > 0 && (
        <div className="inbox-bulk" role="toolbar" aria-label={t('inbox.bulk.label')} data-testid="bulk-bar">
          <span className="inbox-bulk-count">{t('inbox.bulk.selected', { count: checked.size })}</span>
          <Button onClick={() => void apply('private')} busy={action.busy}>
            <LockIcon />
            {t('inbox.bulk.makePrivate')}
          </Button>
          <Button onClick={() => void apply('shared')} busy={action.busy}>
            <PeopleIcon />
            {t('inbox.bulk.share')}
          </Button>
          {/* an icon with its name spoken and on hover: the words of a long language leave room for the actions */}
          <Button variant="quiet" className="inbox-bulk-clear" onClick={clearChecked} aria-label={t('inbox.bulk.clearLabel')} title={t('inbox.bulk.clearLabel')}>
            <CloseIcon />
          </Button>
        </div>
      )}
    </>
  );
}
