/**
 * The one way a section with fields saves (see README.md in this folder): its Save button at the
 * section's end, primary, unavailable until something changed, with "Saved" right after it and
 * the section's other actions (Test, Clear) before it. Unavailable is aria-disabled, not
 * disabled: the button keeps the keyboard focus it had when the save went through.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames';
import type { SaveState } from '../common/account/useSaveAccount';
import { SavedBadge } from './SavedBadge';

export interface SaveBarProps {
  /** something differs from what is saved (or cannot be compared yet: then Save shows the problems) */
  changed: boolean;
  state: SaveState;
  onSave(): void;
  /** the button's words, when "Save" alone would not say what is saved */
  label?: string;
  /** the section's other actions, placed before Save */
  children?: ReactNode;
  /** the Save button's; the bar's is `${testId}-bar` */
  testId?: string;
}

export function SaveBar({ changed, state, onSave, label, children, testId }: SaveBarProps) {
  const { t } = useTranslation();
  const busy = state.status === 'saving';
  return (
    <div className="actions settings-save-bar" data-testid={testId && `${testId}-bar`}>
      {children}
      <button
        type="button"
        className={cx('btn', 'btn-primary', busy && 'is-busy', !changed && 'is-unchanged')}
        aria-disabled={busy || !changed || undefined}
        onClick={() => {
          if (changed && !busy) onSave();
        }}
        data-testid={testId}
      >
        {busy && <span className="spinner" aria-hidden="true" />}
        {label ?? t('settings.save.button')}
      </button>
      <SavedBadge state={state} />
    </div>
  );
}
