/** A deal's, lead's or project's page (R10.1): title and status, fields, status actions, item address, email. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { InlineText } from '../../components/InlineText';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsyncAction } from '../../components/useAsyncAction';
import { ActionError } from './ActionError';
import { ClosedNotice } from './ClosedNotice';
import { DetailHeader } from './DetailHeader';
import { EarlierConversations } from './EarlierConversations';
import { useFailureText } from '../common/failureText';
import { ItemAddress } from './ItemAddress';
import { ItemEmail } from './ItemEmail';
import { ItemFacts } from './ItemFacts';
import { useItemsNav } from './itemsNav';
import { ITEM_KIND_OF, statusTone, type ItemListKind, statusKey } from './kinds';
import { Loading } from './Loading';
import { MissingRecord } from './MissingRecord';
import { StatusActions } from './StatusActions';
import { useEditWords } from './useEditWords';

export function ItemDetail({ view, id }: { view: ItemListKind; id: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const kind = ITEM_KIND_OF[view];
  const found = useLiveQuery(async () => ({ item: await store.queries.item({ kind, itemId: id }) }), [store, kind, id]);
  const setOpen = useItemsNav((s) => s.setOpen);
  const headingId = useId();
  const words = useEditWords();
  const failureText = useFailureText();
  const titleAction = useAsyncAction();
  const action = useAsyncAction();
  const back = () => setOpen(view, undefined);
  const backLabel = t(`items.back.${view}`);

  if (found === undefined) return <Loading />;
  const { item } = found;
  if (!item) return <MissingRecord backLabel={backLabel} onBack={back} />;

  return (
    <article className="record" aria-labelledby={headingId} data-testid="item-detail">
      <DetailHeader
        backLabel={backLabel}
        onBack={back}
        headingId={headingId}
        title={item.title}
        titleEditor={(heading) => (
          <InlineText
            value={item.title}
            words={words(t('items.fields.title'))}
            required
            error={titleAction.error === undefined ? undefined : failureText(titleAction.error)}
            onSave={async (title) => {
              if ((await titleAction.run(() => store.updateItem({ kind, itemId: id }, { title }))) === undefined) throw new Error('not saved');
            }}
          >
            {heading}
          </InlineText>
        )}
      >
        <StatusBadge tone={statusTone(item.status)} className="record-status">
          <span data-testid="item-status">{t(statusKey(kind, item.status))}</span>
        </StatusBadge>
      </DetailHeader>
      <ItemFacts item={item} action={action} />
      <StatusActions item={item} action={action} onRemoved={back} />
      <ActionError error={action.error} />
      <ClosedNotice item={item} />
      <EarlierConversations item={item} action={action} />
      {item.kind !== 'project' && <ItemAddress item={item} />}
      <ItemEmail item={item} />
    </article>
  );
}
