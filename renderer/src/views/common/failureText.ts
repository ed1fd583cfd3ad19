/**
 * The one translator from an error to words: a Failure (shared/failures) in its code's words
 * (i18n errors.<code>, with its params). Anything else is a bug or a broken disk: it is said
 * generically ("That did not work. Try again…") and reported to main's log, once per error.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isFailure } from '../../../../shared/failures/failure';
import { reportError } from '../../api/reportError';

/** errors already reported: a notice words its error on every render */
const reported = new WeakSet<object>();

function reportOnce(error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  reportError('an action the user waited for', error);
}

export function useFailureText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isFailure(error)) return t(`errors.${error.code}`, error.params ?? {});
      reportOnce(error);
      return t('errors.internal');
    },
    [t],
  );
}
