/** R4.11 why a thread is linked, in words: "Sole open deal of Jane Roe", "Linked by you"... */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadLink } from '../../../../shared/domain/crm';

export function useLinkReasonText(): (link: ThreadLink) => string {
  const { t } = useTranslation();
  return useCallback(
    (link: ThreadLink) => {
      const { reason, kind } = link;
      switch (reason.kind) {
        case 'item-address':
          return t(`linkPanel.reason.itemAddress.${kind}`);
        case 'sole-open-item':
          return t(`linkPanel.reason.soleOpen.${kind}`, { name: reason.personName });
        case 'manual':
          return t('linkPanel.reason.manual');
        case 'copy':
          return t('linkPanel.reason.copy');
      }
    },
    [t],
  );
}
