/**
 * R4.9 the same conversation on a second item: a thread has one link (R4.8), so Blindcopy makes a
 * copy of it and links the copy; new mail keeps following the original.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ItemRow, ThreadRow } from '../../db/records';
import { useUiState } from '../../state/uiState';
import { ErrorNotice } from '../common/ErrorNotice';
import { ItemPicker } from './ItemPicker';

export function CopySection({ thread }: { thread: ThreadRow }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const action = useAsyncAction();
  // said for the thread it was copied from; the panel may show another thread since (issue 20.6)
  const [copied, setCopied] = useState<{ title: string; threadId: string; from: string } | undefined>();

  const copy = (item: ItemRow) =>
    void action.run(async () => {
      const copyRow = await store.copyThreadToItem(thread.id, { kind: item.kind, itemId: item.id });
      setCopied({ title: item.title, threadId: copyRow.id, from: thread.id });
    });

  return (
    <details className="disclosure copy-section" data-testid="copy-section">
      <summary>{t('linkPanel.copy.summary')}</summary>
      <p className="muted copy-explain">{t('linkPanel.copy.explain')}</p>
      <ItemPicker label={t('linkPanel.copy.label')} onPick={copy} exclude={thread.link} disabled={action.busy} testId="copy-picker" />
      <ErrorNotice error={action.error} />
      <div role="status">
        {copied?.from === thread.id && (
          <Notice tone="success">
            <p>{t('linkPanel.copy.done', { title: copied.title })}</p>
            <Button variant="quiet" onClick={() => useUiState.getState().selectThread(copied.threadId)}>
              {t('linkPanel.copy.open')}
            </Button>
          </Notice>
        )}
      </div>
    </details>
  );
}
