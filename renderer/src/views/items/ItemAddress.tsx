/** R1.3 a deal's or lead's own address on the drop box, with a copy button and one sentence on what it does. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { itemAddress } from '../../../../shared/rules/itemAddress';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { CopyableText } from '../../components/CopyableText';
import { openCompose } from '../../state/compose';
import { Notice } from '../../components/Notice';
import type { DealRow, LeadRow } from '../../db/records';

function useItemAddress(token: string): string | null | undefined {
  const store = useCrmStore();
  return useLiveQuery(async () => {
    const [bcc, delimiter] = await Promise.all([store.settings.get('companyBcc'), store.settings.get('delimiter')]);
    if (!bcc) return null;
    try {
      return itemAddress(bcc.address, token, delimiter);
    } catch {
      // handled: no valid item address (e.g. the BCC address cannot carry the token): none is shown
      return null;
    }
  }, [store, token]);
}

export function ItemAddress({ item }: { item: DealRow | LeadRow }) {
  const { t } = useTranslation();
  const headingId = useId();
  const address = useItemAddress(item.token);
  return (
    <section className="record-section item-address" aria-labelledby={headingId} data-testid="item-address-section">
      <h3 id={headingId}>{t(`items.address.title.${item.kind}`)}</h3>
      {address === null ? (
        <Notice tone="info">
          <p>{t('items.address.noBcc')}</p>
        </Notice>
      ) : (
        <>
          <p className="section-text">{t(`items.address.explain.${item.kind}`)}</p>
          {address !== undefined && <CopyableText value={address} copyLabel={t(`items.address.copy.${item.kind}`)} testId="item-address" />}
          {address && item.status !== 'deleted' && (
            <Button variant="secondary" onClick={() => openCompose({ item: { kind: item.kind, id: item.id } })} data-testid="write-email">
              {t('items.address.write')}
            </Button>
          )}
          {item.status === 'deleted' && <p className="field-hint">{t('items.address.deleted')}</p>}
        </>
      )}
    </section>
  );
}
