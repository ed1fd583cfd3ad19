/**
 * R8.3 first run, after the account is saved: the account already holds a Blindcopy CRM (the
 * sync folder has messages, written from another computer). Offer to restore it — capture
 * starts, the folder comes down as the `replica` source and its progress is shown until it has
 * caught up — or to start without it, which turns the copy on the server off on this computer
 * (Settings can turn it on later; the two are merged then).
 */
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../../shared/settings/accountConfig';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useSession } from '../../session/sessionContext';
import { replicaProgress, useSyncStore } from '../../session/syncState';
import { SaveFailureNotice } from '../common/account/SaveFailureNotice';
import { useSaveAccount } from '../common/account/useSaveAccount';
import { useFailureText } from '../common/failureText';
import { restoreProgressOf } from './restoreProgress';

export interface RestoreStepProps {
  account: AccountView & { config: NonNullable<AccountView['config']> };
  headingRef: Ref<HTMLHeadingElement>;
  /** go on to the last step, with the account as now saved */
  onContinue(account: AccountView): void;
}

export function RestoreStep({ account, headingRef, onContinue }: RestoreStepProps) {
  const { t } = useTranslation();
  const session = useSession();
  const saving = useSaveAccount();
  const start = useAsyncAction();
  const retry = useAsyncAction();
  const failureText = useFailureText();
  const [restoring, setRestoring] = useState(false);
  const replica = useSyncStore((s) => replicaProgress(s.sources));
  const progress = restoreProgressOf(replica);
  const { config } = account;

  async function restore(): Promise<void> {
    setRestoring(true);
    await start.run(() => session.startCapture());
  }

  async function skip(): Promise<void> {
    const outcome = await saving.save({ ...config, replication: { ...config.replication, enabled: false } }, {});
    if (outcome.status === 'saved') onContinue(outcome.account);
  }

  return (
    <div className="step" role="group" aria-labelledby="first-run-restore" data-testid="restore-offer">
      <h2 id="first-run-restore" ref={headingRef} tabIndex={-1}>
        {t('firstRun.restore.title')}
      </h2>
      <p className="section-text">{t('firstRun.restore.intro', { folder: config.replication.folder })}</p>
      <p className="section-text">{t('firstRun.restore.what')}</p>
      {!restoring && (
        <>
          <SaveFailureNotice state={saving.state} />
          <div className="actions">
            <Button variant="primary" onClick={() => void restore()}>
              {t('firstRun.restore.restore')}
            </Button>
            <Button onClick={() => void skip()} busy={saving.state.status === 'saving'}>
              {t('firstRun.restore.skip')}
            </Button>
          </div>
          <p className="field-hint restore-skip-hint">{t('firstRun.restore.skipHint')}</p>
        </>
      )}
      {restoring && (
        <div className="restore-progress" data-testid="restore-progress" data-state={progress.kind}>
          {start.error !== undefined && (
            <Notice tone="error" announce="alert">
              <p>{failureText(start.error)}</p>
            </Notice>
          )}
          {progress.kind === 'starting' && start.error === undefined && (
            <p role="status" aria-busy="true">
              {t('firstRun.restore.starting')}
            </p>
          )}
          {progress.kind === 'copying' && (
            <div role="status">
              <p>{t('firstRun.restore.progress', { done: progress.done, total: progress.total })}</p>
              <progress max={progress.total} value={progress.done} aria-label={t('firstRun.restore.progressLabel')} />
            </div>
          )}
          {progress.kind === 'waiting' && (
            <Notice tone="warning" announce="status" title={t('firstRun.restore.problem', { reason: t(`errors.${progress.reason}`) })}>
              <p>{t('firstRun.restore.problemAdvice')}</p>
              <Button busy={retry.busy} onClick={() => void retry.run(() => session.retryReplication())}>
                {t('firstRun.restore.retry')}
              </Button>
            </Notice>
          )}
          {progress.kind === 'done' && (
            <p role="status" className="restore-done">
              <span aria-hidden="true" className="done-mark">
                ✓
              </span>{' '}
              {t('firstRun.restore.done')}
            </p>
          )}
          <div className="actions">
            <Button variant={progress.kind === 'done' ? 'primary' : 'secondary'} onClick={() => onContinue(account)}>
              {t('firstRun.restore.continue')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
