/** R4.11 why a conversation is linked, in words: "item address", "the only open deal of Jane Roe", "by you". */
import { useTranslation } from 'react-i18next';
import type { ThreadLink } from '../../../../shared/domain/crm';

export function LinkReason({ link }: { link: ThreadLink }) {
  const { t } = useTranslation();
  const reason = link.reason;
  switch (reason.kind) {
    case 'item-address':
      return <span className="rec-link-reason">{t(`items.reason.itemAddress.${link.kind}`)}</span>;
    case 'sole-open-item':
      return <span className="rec-link-reason">{t(`items.reason.sole.${link.kind}`, { person: reason.personName })}</span>;
    case 'manual':
      return <span className="rec-link-reason">{t('items.reason.manual')}</span>;
    case 'copy':
      return <span className="rec-link-reason">{t('items.reason.copy')}</span>;
  }
}
