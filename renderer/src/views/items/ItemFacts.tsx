/** A deal's, lead's or project's fields, each edited in place: value and stage (deals), person, organization. */
import { useTranslation } from 'react-i18next';
import type { DealPatch } from '../../store';
import { useCrmStore } from '../../session/sessionContext';
import { InlineText } from '../../components/InlineText';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { ItemRow } from '../../db/records';
import { CreatedFact, Fact, OrganizationFact } from './Facts';
import { openRecord } from './itemsNav';
import { PersonPicker } from './PersonPicker';
import { RefEditor } from './RefEditor';
import { useEditWords } from './useEditWords';
import { usePersonName } from './useRecordName';
import { ValueEditor } from './ValueEditor';

export function ItemFacts({ item, action }: { item: ItemRow; action: AsyncAction }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const words = useEditWords();
  const personName = usePersonName(item.personId);
  const ref = { kind: item.kind, itemId: item.id };

  const save = async (patch: DealPatch): Promise<boolean> => (await action.run(() => store.updateItem(ref, patch))) !== undefined;
  const saveOrThrow = async (patch: DealPatch): Promise<void> => {
    if (!(await save(patch))) throw new Error('not saved');
  };

  async function choosePerson(person: { id: string; organizationId?: string }) {
    // the person's organization comes along when the item has none yet
    const organization = item.organizationId === undefined && person.organizationId !== undefined ? { organizationId: person.organizationId } : {};
    await save({ personId: person.id, ...organization });
  }

  return (
    <dl className="rec-facts" data-testid="item-facts">
      {item.kind === 'deal' && (
        <>
          <Fact label={t('items.fields.value')}>
            <ValueEditor deal={item} onSave={(value) => save({ value: value.value, currency: value.currency })} />
          </Fact>
          <Fact label={t('items.fields.stage')}>
            <InlineText value={item.stage ?? ''} words={words(t('items.fields.stage'))} onSave={(stage) => saveOrThrow({ stage: stage === '' ? undefined : stage })}>
              {item.stage ?? <span className="muted">{t('items.notSet')}</span>}
            </InlineText>
          </Fact>
        </>
      )}
      <Fact label={t('items.fields.person')}>
        <RefEditor
          label={t('items.fields.person')}
          name={personName}
          testId="item-person"
          onOpen={item.personId === undefined ? undefined : () => openRecord('persons', item.personId ?? '')}
          onRemove={() => void save({ personId: undefined })}
          picker={(done) => <PersonPicker label={t('items.fields.person')} autoFocus onCancel={done} onPick={(p) => void choosePerson(p).then(done)} />}
        />
      </Fact>
      <OrganizationFact organizationId={item.organizationId} onChange={(organizationId) => save({ organizationId })} />
      <CreatedFact at={item.createdAt} />
    </dl>
  );
}
