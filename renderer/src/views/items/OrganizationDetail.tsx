/** An organization's page: its name, its people, its conversations. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineText } from '../../components/InlineText';
import { useAsyncAction } from '../../components/useAsyncAction';
import { ActionError } from './ActionError';
import { DetailHeader } from './DetailHeader';
import { useErrorText } from './errorText';
import { useItemsNav } from './itemsNav';
import { MissingRecord } from './MissingRecord';
import { OrganizationPersons } from './OrganizationPersons';
import { RecordThreads } from './RecordThreads';
import { useThreadPages } from './useThreadPages';
import { useEditWords } from './useEditWords';

export function OrganizationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const headingId = useId();
  const words = useEditWords();
  const errorText = useErrorText();
  const nameAction = useAsyncAction();
  const action = useAsyncAction();
  const setOpen = useItemsNav((s) => s.setOpen);
  const found = useLiveQuery(async () => ({ organization: await store.queries.organization(id) }), [store, id]);
  const persons = useLiveQuery(() => store.queries.personsOfOrganization(id), [store, id]);
  const threadPages = useThreadPages((request) => store.queries.threadsOfOrganization(id, request), [store, id]);
  const back = () => setOpen('organizations', undefined);
  const backLabel = t('items.back.organizations');

  if (found === undefined) return <p className="muted" aria-busy="true">{t('items.loading')}</p>;
  const { organization } = found;
  if (!organization) return <MissingRecord backLabel={backLabel} onBack={back} />;

  return (
    <article className="record" aria-labelledby={headingId} data-testid="organization-detail">
      <DetailHeader
        backLabel={backLabel}
        onBack={back}
        headingId={headingId}
        title={organization.name}
        titleEditor={(heading) => (
          <InlineText
            value={organization.name}
            words={words(t('items.fields.name'))}
            required
            error={errorText(nameAction.error)}
            onSave={async (name) => {
              if ((await nameAction.run(() => store.renameOrganization(id, { name }))) === undefined) throw new Error('not saved');
            }}
          >
            {heading}
          </InlineText>
        )}
      />
      <OrganizationPersons persons={persons} />
      <RecordThreads pages={threadPages} empty={t('items.organization.noThreads')} />
      <ActionError error={action.error} />
      <div className="record-footer">
        <ConfirmButton
          label={t('items.actions.delete.organizations')}
          question={t('items.actions.deleteQuestion.organizations')}
          confirmLabel={t('items.actions.deleteConfirm')}
          cancelLabel={t('common.actions.cancel')}
          variant="quiet"
          busy={action.busy}
          onConfirm={async () => {
            if (await action.run(() => store.deleteOrganization(id).then(() => true))) back();
          }}
        />
      </div>
    </article>
  );
}
