/** The words of an in-place editor for one field: "Edit the title", Save, Cancel. */
import { useTranslation } from 'react-i18next';
import type { InlineTextWords } from '../../components/InlineText';

export function useEditWords(): (field: string) => InlineTextWords {
  const { t } = useTranslation();
  return (field) => ({
    label: field,
    edit: t('items.edit.named', { field }),
    editText: t('items.edit.button'),
    save: t('items.edit.save'),
    cancel: t('common.actions.cancel'),
    required: t('items.edit.required', { field }),
  });
}
