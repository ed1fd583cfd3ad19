/** The item a thread is linked to, for a list row: kind and title; or that it is not linked. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { LinkIcon } from '../../components/MailIcons';
import type { ThreadRow } from '../../db/records';
import { KIND_SYMBOLS } from '../common/ItemKindTag';

export function LinkedItemChip({ link }: { link: ThreadRow['link'] }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const kind = link?.kind;
  const itemId = link?.itemId;
  const item = useLiveQuery(() => (kind && itemId ? store.queries.item({ kind, itemId }) : undefined), [store, kind, itemId]);
  if (!kind) {
    return (
      <span className="chip chip-unlinked" data-testid="row-unlinked">
        <LinkIcon />
        {t('inbox.row.unlinked')}
      </span>
    );
  }
  return (
    <span className={`chip chip-item chip-${kind}`} data-testid="row-item">
      <span aria-hidden="true">{KIND_SYMBOLS[kind]}</span>
      <span className="chip-kind">{t(`linkPanel.kind.${kind}`)}</span>
      <span className="chip-title">{item?.title ?? t('inbox.row.itemHidden')}</span>
    </span>
  );
}
