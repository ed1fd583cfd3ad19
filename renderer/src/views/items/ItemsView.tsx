import { useTranslation } from 'react-i18next';

export type ItemsViewKind = 'deals' | 'leads' | 'projects' | 'persons' | 'organizations';

/** Placeholder until the item views land: the empty state. */
export function ItemsView({ kind }: { kind: ItemsViewKind }) {
  const { t } = useTranslation();
  return <p className="empty-state">{t(`shell.empty.${kind}`)}</p>;
}
