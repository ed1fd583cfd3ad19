/** R4.10 "Link item" from the inbox list: the thread's link section in a dialog over the list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ItemLink } from './ItemLink';
import '../../styles/linkPanel.css';

export function LinkPickerDialog({ threadId, onClose }: { threadId: string; onClose(): void }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const thread = useLiveQuery(async () => (await store.queries.thread(threadId)) ?? null, [store, threadId]);
  if (thread === undefined) return null;
  return (
    <Dialog
      title={t('linkPanel.dialog.title')}
      description={thread ? thread.subject.trim() || t('inbox.row.noSubject') : t('thread.gone')}
      closeLabel={t('thread.close')}
      onClose={onClose}
      className="link-dialog"
      testId="link-dialog"
    >
      {thread && <ItemLink thread={thread} />}
      <div className="dialog-actions">
        <Button variant={thread?.link ? 'primary' : 'secondary'} onClick={onClose}>
          {t('linkPanel.dialog.done')}
        </Button>
      </div>
    </Dialog>
  );
}
