/** A record's page (a person or an organization): its name, editable; what its kind shows; delete. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineText } from '../../components/InlineText';
import { useAsyncAction } from '../../components/useAsyncAction';
import { DetailHeader } from './DetailHeader';
import { useFailureText } from '../common/failureText';
import { useDeleteWithUndo } from '../common/undoableActions';
import { useItemsNav } from './itemsNav';
import { Loading } from './Loading';
import { MissingRecord } from './MissingRecord';
import type { NamedRecord, RecordKind } from './recordKind';
import { useEditWords } from './useEditWords';

export function RecordDetail<R extends NamedRecord, Extra>({ kind, id }: { kind: RecordKind<R, Extra>; id: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const words = useEditWords();
  const failureText = useFailureText();
  const nameAction = useAsyncAction();
  const action = useAsyncAction();
  const setOpen = useItemsNav((s) => s.setOpen);
  const deleteWithUndo = useDeleteWithUndo();
  const found = useLiveQuery(async () => ({ record: await kind.load(store, id) }), [store, kind, id]);
  const { view, DetailBody, HeaderActions } = kind;
  const back = () => setOpen(view, undefined);
  const backLabel = t(`items.back.${view}`);

  if (found === undefined) return <Loading />;
  const { record } = found;
  if (!record) return <MissingRecord backLabel={backLabel} onBack={back} />;

  return (
    <article className="record" aria-labelledby={headingId} data-testid={`${kind.testId}-detail`}>
      <DetailHeader
        backLabel={backLabel}
        onBack={back}
        headingId={headingId}
        title={record.name}
        titleEditor={(heading) => (
          <InlineText
            value={record.name}
            words={words(t('items.fields.name'))}
            required
            error={nameAction.error === undefined ? undefined : failureText(nameAction.error)}
            onSave={async (name) => {
              if ((await nameAction.run(() => kind.rename(store, id, name))) === undefined) throw new Error('not saved');
            }}
          >
            {heading}
          </InlineText>
        )}
      >
        {HeaderActions && <HeaderActions record={record} />}
      </DetailHeader>
      <DetailBody record={record} action={action} />
      <div className="record-footer">
        <ConfirmButton
          label={t(`items.actions.delete.${view}`)}
          question={t(`items.actions.deleteQuestion.${view}`)}
          confirmLabel={t('items.actions.deleteConfirm')}
          cancelLabel={t('common.actions.cancel')}
          variant="quiet"
          busy={action.busy}
          onConfirm={() => {
            // the delete waits for the undo toast to end (state/undo.ts)
            deleteWithUndo(kind.testId, id, () => kind.remove(store, id));
            back();
          }}
        />
      </div>
    </article>
  );
}
