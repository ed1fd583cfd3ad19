/** R10.5 one draft at a time: the question shown in compose when another message is asked for. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { settleReplacing } from '../../state/compose';

/** Another message was asked for while this one has the user's words: replace it, or keep writing. */
export function ReplaceQuestion() {
  const { t } = useTranslation();
  const questionId = useId();
  return (
    <div className="compose-replace" role="alertdialog" aria-modal="false" aria-labelledby={questionId} data-testid="compose-replace">
      <p id={questionId} className="compose-replace-text">
        {t('compose.replace.question')}
      </p>
      <div className="actions">
        <Button onClick={() => settleReplacing(true)}>{t('compose.replace.replace')}</Button>
        <Button variant="primary" onClick={() => settleReplacing(false)} autoFocus>
          {t('compose.replace.keep')}
        </Button>
      </div>
    </div>
  );
}
