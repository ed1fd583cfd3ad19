/**
 * Linking an unlinked thread by hand (R4.10): a suggested item in one click (R4.7), an existing
 * one found by name, or a new deal / lead / project made from the mail.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ItemRow, ThreadRow } from '../../db/records';
import { ErrorNotice } from '../common/ErrorNotice';
import { CandidateList } from './CandidateList';
import { CreateItemForm } from './CreateItemForm';
import { ItemPicker } from './ItemPicker';
import { KIND_SYMBOLS } from '../common/ItemKindTag';

const KINDS: readonly ItemKind[] = ['deal', 'lead', 'project'];

export interface LinkChooserProps {
  thread: ThreadRow;
  /** after a link was made: what to tell the user, and the item it linked */
  onLinked(message: string, item: ItemRow): void;
}

export function LinkChooser({ thread, onLinked }: LinkChooserProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const action = useAsyncAction();
  const [creating, setCreating] = useState<ItemKind | undefined>();

  const link = (item: ItemRow) =>
    void action.run(async () => {
      await store.linkThread(thread.id, { kind: item.kind, itemId: item.id });
      onLinked(t('linkPanel.done.linked', { title: item.title }), item);
    });

  return (
    <div className="link-chooser">
      {thread.manualUnlink && <p className="muted link-chooser-note">{t('linkPanel.item.unlinkedByYou')}</p>}
      {!thread.manualUnlink && thread.candidates.length === 0 && <p className="muted link-chooser-note">{t('linkPanel.item.none')}</p>}
      <CandidateList thread={thread} onPick={link} busy={action.busy} />
      <ItemPicker label={t('linkPanel.find.label')} onPick={link} disabled={action.busy} testId="link-existing" />
      <ErrorNotice error={action.error} testId="link-error" />
      {creating ? (
        <CreateItemForm
          key={creating}
          thread={thread}
          kind={creating}
          onCancel={() => setCreating(undefined)}
          onCreated={(item) => onLinked(t(`linkPanel.done.created.${item.kind}`, { title: item.title }), item)}
        />
      ) : (
        <div className="create-buttons" role="group" aria-label={t('linkPanel.create.label')}>
          <span className="create-buttons-label" aria-hidden="true">
            {t('linkPanel.create.label')}
          </span>
          {KINDS.map((kind) => (
            <Button key={kind} onClick={() => setCreating(kind)} data-testid={`create-${kind}`}>
              <span aria-hidden="true">{KIND_SYMBOLS[kind]}</span>
              {t(`linkPanel.create.new.${kind}`)}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
