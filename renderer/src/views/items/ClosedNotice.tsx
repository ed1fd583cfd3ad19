/**
 * What a closed item still receives (R4.5): no new mail automatically; mail to its own address
 * (deals, leads) still lands on it (R1.4), except for a deleted deal; linking by hand works.
 */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import type { ItemRow } from '../../db/records';
import { hasItemAddress, isOpen, closedKey } from './kinds';

export function ClosedNotice({ item }: { item: ItemRow }) {
  const { t } = useTranslation();
  if (isOpen(item)) return null;
  const text = item.status === 'deleted' ? 'deleted' : hasItemAddress(item.kind) ? 'withAddress' : 'withoutAddress';
  return (
    <Notice tone="info" title={t(closedKey(item.kind, item.status))} className="closed-notice" testId="closed-notice">
      <p>{t(`items.closed.${text}`)}</p>
    </Notice>
  );
}
