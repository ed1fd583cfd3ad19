/**
 * The link panel beside an open thread (R10.1): the deal / lead / project it belongs to and why,
 * the people and organizations it is with, whether it is private or shared, and a copy for a
 * second item. Only the thread's owner may change links (R4.12); the store refuses anyone else
 * and the panel says so.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useCrmStore } from '../../session/sessionContext';
import { Notice } from '../../components/Notice';
import { CopySection } from './CopySection';
import { ItemLink } from './ItemLink';
import { PanelSection } from './PanelSection';
import { PeopleSection } from './PeopleSection';
import { SharingSection } from './SharingSection';
import '../../styles/linkPanel.css';

export function LinkPanel({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const thread = useLiveQuery(() => store.queries.thread(threadId), [store, threadId]);
  if (!thread) return <aside className="link-panel" aria-label={t('linkPanel.label')} aria-busy="true" />;
  const owner = thread.ownerId === store.viewer.userId;
  return (
    <aside className="link-panel" aria-label={t('linkPanel.label')} data-testid="link-panel">
      {!owner && (
        <Notice tone="info" testId="not-owner">
          {t('linkPanel.notOwner')}
        </Notice>
      )}
      <PanelSection title={t('linkPanel.item.title')} testId="panel-item">
        <ItemLink thread={thread} />
      </PanelSection>
      <PanelSection title={t('linkPanel.people.title')} testId="panel-people">
        <PeopleSection thread={thread} />
      </PanelSection>
      <PanelSection title={t('linkPanel.sharing.title')} testId="panel-sharing">
        <SharingSection thread={thread} />
      </PanelSection>
      <CopySection thread={thread} />
    </aside>
  );
}
