/** A deal, lead or project named by its symbol (as in the navigation) and its word. */
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../shared/domain/crm';
import '../../styles/linkPanel.css';

export const KIND_SYMBOLS: Record<ItemKind, string> = { deal: '◆', lead: '◇', project: '▣' };

export function ItemKindTag({ kind }: { kind: ItemKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-tag kind-${kind}`}>
      <span aria-hidden="true">{KIND_SYMBOLS[kind]}</span>
      {t(`linkPanel.kind.${kind}`)}
    </span>
  );
}
