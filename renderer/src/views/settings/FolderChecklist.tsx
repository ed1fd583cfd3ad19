/** Folders to tick, plus a field to add one by name when the list is not known. */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Field } from '../../components/Field';

export interface FolderChecklistProps {
  legend: string;
  folders: readonly string[];
  /** the folders are being listed */
  listing?: boolean;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

export function FolderChecklist({ legend, folders, listing, chosen, onChange }: FolderChecklistProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const all = [...new Set([...folders, ...chosen])];
  const toggle = (folder: string, on: boolean) => onChange(on ? [...chosen, folder] : chosen.filter((f) => f !== folder));

  function addTyped(): void {
    const name = typed.trim();
    if (name && !chosen.includes(name)) onChange([...chosen, name]);
    setTyped('');
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addTyped();
    }
  };

  return (
    <fieldset className="choices folder-checklist">
      <legend>{legend}</legend>
      {listing && all.length === 0 && (
        <p className="field-hint" role="status" aria-busy="true">
          {t('settings.sync.listing')}
        </p>
      )}
      {!listing && all.length === 0 && <p className="field-hint">{t('settings.sync.noFolders')}</p>}
      {all.map((folder) => (
        <Checkbox key={folder} label={folder} checked={chosen.includes(folder)} onChange={(on) => toggle(folder, on)} />
      ))}
      <div className="inline-add">
        <Field label={t('settings.sync.addFolder')} value={typed} onChange={(e) => setTyped(e.target.value)} onKeyDown={onKey} spellCheck={false} autoComplete="off" />
        <Button onClick={addTyped} disabled={!typed.trim()}>
          {t('settings.sync.addFolderButton')}
        </Button>
      </div>
    </fieldset>
  );
}
