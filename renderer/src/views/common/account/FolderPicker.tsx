/** A folder of a mailbox: picked from the list the server gave, or typed when there is none. */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';

export interface FolderPickerProps {
  label: string;
  hint?: string;
  value: string;
  onChange(folder: string): void;
  /** the folders the last connection test listed; undefined when unknown */
  folders: readonly string[] | undefined;
  error?: string;
}

export function FolderPicker({ label, hint, value, onChange, folders, error }: FolderPickerProps) {
  const { t } = useTranslation();
  if (!folders || folders.length === 0) {
    return <Field label={label} hint={hint} value={value} onChange={(e) => onChange(e.target.value)} error={error} autoComplete="off" spellCheck={false} />;
  }
  const listed = value && !folders.includes(value) ? [value, ...folders] : folders;
  const options = [{ value: '', label: t('settings.dropbox.chooseFolder') }, ...listed.map((f) => ({ value: f, label: f }))];
  return <SelectField label={label} hint={hint} value={value} onChange={onChange} options={options} error={error} />;
}
