/** Settings › Synced folders (R7.1, R7.2): which folders of the account, and how far back at first. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Checkbox } from '../../components/Checkbox';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { FolderChecklist } from './FolderChecklist';
import { SaveBar } from './SaveBar';
import { SettingsSection } from './SettingsSection';
import { syncConfigOf, syncDraftOf, type SyncDraft } from './syncDraft';
import { useConfigSave } from './useConfigSave';

export interface SyncSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
  /** the account's folders: listed with the stored password, or by a connection test just run */
  folders: readonly string[];
  /** the folders are being listed */
  listing?: boolean;
}

export function SyncSection({ account, onSaved, folders, listing }: SyncSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SyncDraft>(() => syncDraftOf(account.config.sync));
  const [showProblems, setShowProblems] = useState(false);
  const saving = useConfigSave(account, onSaved);
  const edit = (patch: Partial<SyncDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    saving.reset();
  };
  const next = syncConfigOf(draft);
  const changed = JSON.stringify(draft) !== JSON.stringify(syncDraftOf(account.config.sync));

  async function save(): Promise<void> {
    setShowProblems(true);
    if (next) await saving.save((config) => ({ ...config, sync: next }));
  }

  return (
    <SettingsSection id="sync" title={t('settings.sync.title')} description={t('settings.sync.intro')}>
      <div className="section-body">
        <Checkbox label={t('settings.sync.enabled')} description={t('settings.sync.enabledHint')} checked={draft.enabled} onChange={(enabled) => edit({ enabled })} />
        {draft.enabled && (
          <>
            <ChoiceGroup<SyncDraft['mode']>
              legend={t('settings.sync.folders')}
              value={draft.mode}
              onChange={(mode) => edit({ mode })}
              choices={[
                { value: 'all', label: t('settings.sync.all') },
                { value: 'chosen', label: t('settings.sync.chosen') },
              ]}
            />
            {draft.mode === 'chosen' && (
              <FolderChecklist legend={t('settings.sync.chosenLegend')} folders={folders} listing={listing} chosen={draft.chosen} onChange={(chosen) => edit({ chosen })} />
            )}
            <Field
              className="field-narrow"
              label={t('settings.sync.sinceDays')}
              hint={t('settings.sync.sinceDaysHint')}
              value={draft.sinceDays}
              onChange={(e) => edit({ sinceDays: e.target.value })}
              inputMode="numeric"
              error={showProblems && !next ? t('settings.sync.sinceDaysInvalid') : undefined}
            />
          </>
        )}
      </div>
      <SaveFailureNotice state={saving.state} />
      <SaveBar changed={changed} state={saving.state} onSave={() => void save()} testId="sync-save" />
    </SettingsSection>
  );
}
