/** Why saving failed, plainly: nothing was saved, and what to do (R8.2: no keychain, no save). */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import type { SaveState } from './useSaveAccount';

export function SaveFailureNotice({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state.status === 'keychain-unavailable') {
    return (
      <Notice tone="error" announce="alert" testId="save-failure" title={t('settings.save.keychainTitle')}>
        <p>{t('errors.keychain-unavailable')}</p>
        <p>{t('settings.save.keychainAdvice')}</p>
      </Notice>
    );
  }
  if (state.status === 'core-error') {
    return (
      <Notice tone="error" announce="alert" testId="save-failure" title={t('settings.save.failedTitle')}>
        <p>{t('common.coreError.advice')}</p>
      </Notice>
    );
  }
  return null;
}
