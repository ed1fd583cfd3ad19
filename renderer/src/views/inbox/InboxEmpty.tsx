/** What an empty list means, and what to do next: per filter, per search, or no mail at all. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Button } from '../../components/Button';
import { CopyableText } from '../../components/CopyableText';
import { useInboxState, type InboxFilterKind } from '../../state/inboxState';

export function InboxEmpty({ filter, query }: { filter: InboxFilterKind; query: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const setFilter = useInboxState((s) => s.setFilter);
  const setQuery = useInboxState((s) => s.setQuery);
  const bcc = useLiveQuery(() => store.settings.get('companyBcc'), [store]);

  if (query.trim() !== '') {
    return (
      <div className="inbox-empty" data-testid="inbox-empty">
        <p className="inbox-empty-title">{t('inbox.empty.search.title', { query: query.trim() })}</p>
        <p>{t('inbox.empty.search.advice')}</p>
        <Button onClick={() => setQuery('')}>{t('inbox.empty.search.clear')}</Button>
      </div>
    );
  }
  if (filter !== 'all') {
    return (
      <div className="inbox-empty" data-testid="inbox-empty">
        <p className="inbox-empty-title">{t(`inbox.empty.${filter}.title`)}</p>
        <p>{t(`inbox.empty.${filter}.advice`)}</p>
        <Button onClick={() => setFilter('all')}>{t('inbox.empty.showAll')}</Button>
      </div>
    );
  }
  return (
    <div className="inbox-empty" data-testid="inbox-empty">
      <p className="inbox-empty-title">{t('inbox.empty.all.title')}</p>
      <p>{t('inbox.empty.all.advice')}</p>
      {bcc && <CopyableText value={bcc.address} copyLabel={t('common.copy.bccAddress')} />}
      <p className="muted">{t('inbox.empty.all.forward')}</p>
    </div>
  );
}
