/** R5.1 / R5.4 private or shared, for this thread; what each means, said next to it. */
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../../../shared/domain/crm';
import { useCrmStore } from '../../session/sessionContext';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { useAsyncAction } from '../../components/useAsyncAction';
import type { ThreadRow } from '../../db/records';
import { ErrorNotice } from '../common/ErrorNotice';

export function SharingSection({ thread }: { thread: ThreadRow }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const action = useAsyncAction();
  const change = (visibility: Visibility) => void action.run(() => store.setThreadsVisibility([thread.id], visibility));
  return (
    <div data-testid="sharing">
      <ChoiceGroup<Visibility>
        legend={t('linkPanel.sharing.legend')}
        className="sharing-choice"
        value={thread.visibility}
        onChange={change}
        disabled={action.busy}
        choices={[
          { value: 'private', label: t('linkPanel.sharing.private'), description: t('linkPanel.sharing.privateHint') },
          {
            value: 'shared',
            label: t('linkPanel.sharing.shared'),
            description: thread.link ? t('linkPanel.sharing.sharedHint') : t('linkPanel.sharing.sharedUnlinkedHint'),
          },
        ]}
      />
      <ErrorNotice error={action.error} />
    </div>
  );
}
