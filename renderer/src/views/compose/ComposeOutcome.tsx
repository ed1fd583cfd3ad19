/** Why Send did not go through: the outbox refused it, the message is incomplete, or the core did not answer. */
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { useFailureText } from '../common/failureText';
import type { SendState } from './useSendDraft';

export function ComposeOutcome({ state }: { state: SendState }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  return (
    <div className="compose-outcome" role="alert">
      {state.status === 'refused' && (
        <Notice tone="error" title={t('compose.send.refusedTitle')} testId="compose-refused">
          <p>{failureText(state.failure)}</p>
        </Notice>
      )}
      {state.status === 'invalid' && (
        <Notice tone="error" title={t('compose.send.invalidTitle')}>
          <p>{t('compose.send.invalid')}</p>
        </Notice>
      )}
      {state.status === 'core-error' && (
        <Notice tone="error" title={t('common.coreError.title')}>
          <p>{t('compose.send.coreError')}</p>
        </Notice>
      )}
    </div>
  );
}
