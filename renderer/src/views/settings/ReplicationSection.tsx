/**
 * Settings › Copy on your mail server (R8.3, R10.4): on or off (saved at once, like the other
 * account settings), the folder, where the copy stands in plain words (all saved / N waiting /
 * cannot reach the server and why, with "Retry now"), what it keeps, and the folder's messages
 * that were skipped, so nothing in it is ignored silently.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Field } from '../../components/Field';
import { Switch } from '../../components/Switch';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { useReplicationSummary } from '../common/replication/useReplicationSummary';
import { ReplicationSkipped } from './ReplicationSkipped';
import { ReplicationState } from './ReplicationState';
import { replicationFolderProblem } from './replicationFolder';
import { SaveBar } from './SaveBar';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';
import { useConfigSave } from './useConfigSave';

export interface ReplicationSectionProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  onSaved(account: AccountView): void;
}

export function ReplicationSection({ account, onSaved }: ReplicationSectionProps) {
  const { t } = useTranslation();
  const { config } = account;
  const switching = useConfigSave(account, onSaved);
  const folderSave = useConfigSave(account, onSaved);
  // shown at once; put back if the save fails
  const [enabled, setEnabled] = useState(config.replication.enabled);
  const [folder, setFolder] = useState(config.replication.folder);
  const [showProblem, setShowProblem] = useState(false);
  const summary = useReplicationSummary();
  const problem = replicationFolderProblem(folder, config);

  async function toggle(next: boolean): Promise<void> {
    setEnabled(next);
    const outcome = await switching.save((c) => ({ ...c, replication: { ...c.replication, enabled: next } }));
    if (outcome.status !== 'saved') setEnabled(!next);
  }

  async function saveFolder(): Promise<void> {
    setShowProblem(true);
    if (problem) return;
    await folderSave.save((c) => ({ ...c, replication: { ...c.replication, folder: folder.trim() } }));
  }

  return (
    <SettingsSection id="replication" title={t('settings.replication.title')} description={t('settings.replication.intro')}>
      <div className="section-body">
        <div className="replication-switch">
          <Switch
            label={t('settings.replication.enabled')}
            checked={enabled}
            busy={switching.state.status === 'saving'}
            onChange={(next) => void toggle(next)}
            describedBy="replication-enabled-hint"
            testId="replication-enabled"
          />
          <SavedBadge state={switching.state} testId="replication-enabled-saved" />
          <p className="field-hint" id="replication-enabled-hint">
            {t('settings.replication.enabledHint')}
          </p>
        </div>
        <SaveFailureNotice state={switching.state} />
        <ReplicationState enabled={enabled} summary={summary} />
        <p className="section-text">{t('settings.replication.stores')}</p>
        <div className="field-row">
          <Field
            className="replication-folder"
            label={t('settings.replication.folder')}
            hint={t('settings.replication.folderHint')}
            value={folder}
            onChange={(e) => {
              setFolder(e.target.value);
              folderSave.reset();
            }}
            error={showProblem && problem ? t(problem === 'dropbox' ? 'settings.replication.folderIsDropbox' : 'settings.replication.folderInvalid') : undefined}
            data-testid="replication-folder"
          />
        </div>
        <SaveFailureNotice state={folderSave.state} />
        <SaveBar
          changed={folder.trim() !== config.replication.folder}
          state={folderSave.state}
          onSave={() => void saveFolder()}
          label={t('settings.replication.folderSave')}
          testId="replication-folder-save"
        />
        <ReplicationSkipped folder={config.replication.folder} />
      </div>
    </SettingsSection>
  );
}
