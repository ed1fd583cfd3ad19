/**
 * Settings › Language (R10.3): the five languages by their own names, or the system's. The
 * choice is kept (localStorage) and used at the next start.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { isLanguage, LANGUAGE_CODES, saveLanguage, savedLanguage, switchLanguage, systemLanguage } from '../../i18n/i18n';
import { SavedBadge } from './SavedBadge';
import { SettingsSection } from './SettingsSection';

const SYSTEM = 'system';

export function LanguageSection() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(() => savedLanguage() ?? SYSTEM);
  const system = systemLanguage(navigator.languages);

  const [savedAt, setSavedAt] = useState<number>();
  function choose(value: string): void {
    setChoice(value);
    const language = isLanguage(value) ? value : undefined;
    saveLanguage(language);
    setSavedAt(Date.now());
    void switchLanguage(language ?? system);
  }

  return (
    <SettingsSection id="language" title={t('settings.language.title')}>
      <SelectField
        className="field-half"
        label={t('settings.language.label')}
        hint={t('settings.language.hint')}
        value={choice}
        onChange={choose}
        options={[
          { value: SYSTEM, label: t('settings.language.system', { language: LANGUAGE_NAMES[system] }) },
          ...LANGUAGE_CODES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code], lang: code })),
        ]}
      />
      <SavedBadge token={savedAt} testId="language-saved" />
    </SettingsSection>
  );
}
