/** What went wrong with a store action, in words the user can act on. */
import { useTranslation } from 'react-i18next';
import type { StoreErrorCode } from '../../store';

function storeErrorCode(error: unknown): StoreErrorCode | undefined {
  if (error && typeof error === 'object' && 'name' in error && error.name === 'StoreError' && 'code' in error) {
    const code = error.code;
    if (code === 'invalid' || code === 'not-found' || code === 'forbidden') return code;
  }
  return undefined;
}

export function useErrorText(): (error: unknown) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (error === undefined) return undefined;
    switch (storeErrorCode(error)) {
      case 'forbidden':
        return t('items.errors.forbidden');
      case 'not-found':
        return t('items.errors.notFound');
      case 'invalid':
        return t('items.errors.invalid');
      default:
        return t('items.errors.failed', { message: error instanceof Error ? error.message : String(error) });
    }
  };
}
