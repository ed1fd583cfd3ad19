/**
 * Deals, leads, projects, people and organizations (R10.1): each view shows its list, or the
 * record opened from it (or from anywhere else, through `openRecord`).
 */
import { ItemDetail } from './ItemDetail';
import { ItemListPage } from './ItemListPage';
import { useItemsNav } from './itemsNav';
import { isItemListKind, type ItemsViewKind } from './kinds';
import { ORGANIZATIONS } from './organizationRecord';
import { PERSONS } from './personRecord';
import { RecordDetail } from './RecordDetail';
import { RecordListPage } from './RecordListPage';
import { TransferPage } from './transfer/TransferPage';
import '../../styles/items.css';

export type { ItemsViewKind } from './kinds';
export { openItem, openRecord, openThread } from './itemsNav';

export function ItemsView({ kind }: { kind: ItemsViewKind }) {
  const openId = useItemsNav((s) => s.open[kind]);
  const transferOpen = useItemsNav((s) => s.transferOpen);
  if (transferOpen) return <TransferPage />;
  if (isItemListKind(kind)) {
    return openId === undefined ? <ItemListPage key={kind} view={kind} /> : <ItemDetail key={`${kind}:${openId}`} view={kind} id={openId} />;
  }
  if (kind === 'persons') return openId === undefined ? <RecordListPage key={kind} kind={PERSONS} /> : <RecordDetail key={`${kind}:${openId}`} kind={PERSONS} id={openId} />;
  return openId === undefined ? <RecordListPage key={kind} kind={ORGANIZATIONS} /> : <RecordDetail key={`${kind}:${openId}`} kind={ORGANIZATIONS} id={openId} />;
}
