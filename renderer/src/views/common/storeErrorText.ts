/**
 * What went wrong with a user action, in words: the store's refusals by their stable code
 * (R4.12 'forbidden' says who may do it), the core's by its message, anything else generically.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcCallError } from '../../../../shared/ipc/errors';
import { StoreError } from '../../store';

export function useStoreErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof StoreError) return t(`thread.errors.${error.code}`);
      if (error instanceof IpcCallError) return t('thread.errors.core', { message: error.message });
      return t('thread.errors.unknown');
    },
    [t],
  );
}
