/**
 * R10.4: a mail source that stopped says so where the user looks — the sidebar and the top of
 * Settings — with the reason in plain words (the errors table), what to do, "Retry now"
 * (capture:syncNow, or starting capture again when it did not start) and, in the sidebar, the
 * way to the Settings section where the fix is made.
 */
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../../components/useAsyncAction';
import { useSession } from '../../../session/sessionContext';
import { useSyncStore } from '../../../session/syncState';
import { useUiState } from '../../../state/uiState';
import { useFailureText } from '../failureText';
import { sourceTroubles, type SourceTrouble } from './sourceTrouble';

function TroubleTitle({ trouble }: { trouble: SourceTrouble }) {
  const { t } = useTranslation();
  const { source } = trouble;
  if (source.kind === 'sync') return <>{t('common.sources.sync', { folder: source.folder })}</>;
  return <>{source.kind === 'dropbox' ? t('common.sources.dropbox') : t('common.sources.all')}</>;
}

function TroubleNote({ trouble, place }: { trouble: SourceTrouble; place: 'sidebar' | 'settings' }) {
  const { t } = useTranslation();
  const session = useSession();
  const showSettings = useUiState((s) => s.showSettings);
  const retry = useAsyncAction();
  const failureText = useFailureText();
  return (
    <div className="source-trouble" role="alert" data-testid="source-trouble" data-source={trouble.sourceId} data-reason={trouble.reason}>
      <p className="source-trouble-title">
        <TroubleTitle trouble={trouble} />
      </p>
      <p className="source-trouble-reason" data-testid="source-trouble-reason">
        {t(`errors.${trouble.reason}`)}
      </p>
      <p className="source-trouble-fix">{t(`common.sources.fix.${trouble.fix}`)}</p>
      <div className="source-trouble-actions">
        <button type="button" className="link-button" aria-busy={retry.busy || undefined} onClick={() => void retry.run(() => session.retryCapture())}>
          {retry.busy ? t('common.sources.retrying') : t('common.sources.retry')}
        </button>
        {place === 'sidebar' && trouble.settingsSection !== undefined && (
          <button type="button" className="link-button" onClick={() => showSettings(trouble.settingsSection ?? 'account')}>
            {t('common.sources.openSettings')}
          </button>
        )}
      </div>
      {retry.error !== undefined && <p className="source-trouble-reason">{t('common.sources.retryFailed', { reason: failureText(retry.error) })}</p>}
    </div>
  );
}

export function SourceTroubleNotes({ place }: { place: 'sidebar' | 'settings' }) {
  const sources = useSyncStore((s) => s.sources);
  const state = useSyncStore((s) => s.capture);
  const failure = useSyncStore((s) => s.captureFailure);
  const troubles = sourceTroubles(sources, { state, ...(failure === undefined ? {} : { failure }) });
  if (troubles.length === 0) return null;
  return (
    <div className={`source-troubles source-troubles-${place}`} data-testid={`source-troubles-${place}`}>
      {troubles.map((trouble) => (
        <TroubleNote key={trouble.sourceId} trouble={trouble} place={place} />
      ))}
    </div>
  );
}
