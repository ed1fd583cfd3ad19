/** A person's page: name, organization, email addresses (one primary), their deals, leads and projects, their conversations. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineText } from '../../components/InlineText';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useFormat } from '../../components/useFormat';
import { ActionError } from './ActionError';
import { DetailHeader } from './DetailHeader';
import { EmailAddresses } from './EmailAddresses';
import { useErrorText } from './errorText';
import { openRecord, useItemsNav } from './itemsNav';
import { MissingRecord } from './MissingRecord';
import { OrganizationPicker } from './OrganizationPicker';
import { RecordItems } from './RecordItems';
import { RecordThreads } from './RecordThreads';
import { useThreadPages } from './useThreadPages';
import { RefEditor } from './RefEditor';
import { useEditWords } from './useEditWords';
import { useOrganizationName } from './useRecordName';

export function PersonDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const format = useFormat();
  const headingId = useId();
  const words = useEditWords();
  const errorText = useErrorText();
  const nameAction = useAsyncAction();
  const action = useAsyncAction();
  const setOpen = useItemsNav((s) => s.setOpen);
  const found = useLiveQuery(async () => ({ person: await store.queries.person(id) }), [store, id]);
  const items = useLiveQuery(() => store.queries.itemsOfPerson(id), [store, id]);
  const threadPages = useThreadPages((request) => store.queries.threadsOfPerson(id, request), [store, id]);
  const organizationName = useOrganizationName(found?.person?.organizationId);
  const back = () => setOpen('persons', undefined);
  const backLabel = t('items.back.persons');

  if (found === undefined) return <p className="muted" aria-busy="true">{t('items.loading')}</p>;
  const { person } = found;
  if (!person) return <MissingRecord backLabel={backLabel} onBack={back} />;

  return (
    <article className="record" aria-labelledby={headingId} data-testid="person-detail">
      <DetailHeader
        backLabel={backLabel}
        onBack={back}
        headingId={headingId}
        title={person.name}
        titleEditor={(heading) => (
          <InlineText
            value={person.name}
            words={words(t('items.fields.name'))}
            required
            error={errorText(nameAction.error)}
            onSave={async (name) => {
              if ((await nameAction.run(() => store.updatePerson(id, { name }))) === undefined) throw new Error('not saved');
            }}
          >
            {heading}
          </InlineText>
        )}
      />
      <dl className="rec-facts">
        <div className="rec-fact">
          <dt>{t('items.fields.organization')}</dt>
          <dd>
            <RefEditor
              label={t('items.fields.organization')}
              name={organizationName}
              onOpen={person.organizationId === undefined ? undefined : () => openRecord('organizations', person.organizationId ?? '')}
              onRemove={() => void action.run(() => store.updatePerson(id, { organizationId: undefined }))}
              picker={(done) => (
                <OrganizationPicker
                  label={t('items.fields.organization')}
                  autoFocus
                  onCancel={done}
                  onPick={(o) => void action.run(() => store.updatePerson(id, { organizationId: o.id })).then(done)}
                />
              )}
            />
          </dd>
        </div>
        <div className="rec-fact">
          <dt>{t('items.fields.created')}</dt>
          <dd>
            <time dateTime={new Date(person.createdAt).toISOString()}>{format.dateTime(person.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <ActionError error={action.error} />
      <EmailAddresses person={person} action={action} />
      <RecordItems items={items ?? []} empty={t('items.person.noItems')} />
      <RecordThreads pages={threadPages} empty={t('items.person.noThreads')} />
      <div className="record-footer">
        <ConfirmButton
          label={t('items.actions.delete.persons')}
          question={t('items.actions.deleteQuestion.persons')}
          confirmLabel={t('items.actions.deleteConfirm')}
          cancelLabel={t('common.actions.cancel')}
          variant="quiet"
          busy={action.busy}
          onConfirm={async () => {
            if (await action.run(() => store.deletePerson(id).then(() => true))) back();
          }}
        />
      </div>
    </article>
  );
}
