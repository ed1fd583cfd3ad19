/**
 * To, Cc or Bcc: the recipients as removable chips, and a text box that completes from the CRM's
 * persons (`findPersons`, by name or address) and takes any valid address typed or pasted.
 * The first suggestion is highlighted (Enter or Tab takes it, the arrows choose another), unless a
 * whole address was typed that none of them is: then Enter takes what was typed.
 * Otherwise Enter, comma, semicolon or leaving the box turns the typed text into recipients; what
 * is not an address stays in the box with the reason under it.
 */
import { useCallback, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '../../../../shared/domain/mail';
import { useCrmStore } from '../../session/sessionContext';
import { addMailboxes, parseRecipients } from './parseRecipients';
import { recipientHighlight } from './recipientHighlight';
import { SuggestionList } from './SuggestionList';
import { useSuggestions, type Suggestion } from './useSuggestions';

export interface RecipientFieldProps {
  label: string;
  /** names the field for screen readers where the label is short ("Cc") */
  listLabel: string;
  value: readonly Mailbox[];
  onChange(next: Mailbox[]): void;
  /** typed text not yet turned into recipients; the form reads it before sending */
  pending: string;
  onPendingChange(text: string): void;
  error?: string;
  autoFocus?: boolean;
  testId?: string;
}

export function RecipientField({ label, listLabel, value, onChange, pending, onPendingChange, error, autoFocus, testId }: RecipientFieldProps) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const chosen = useRef(new Set<string>());
  chosen.current = new Set(value.map((m) => m.address));

  const load = useCallback(
    async (query: string): Promise<Suggestion<Mailbox>[]> => {
      const persons = await store.queries.findPersons(query, 8);
      return persons
        .flatMap((p) => p.emails.map((address) => ({ key: `${p.id}:${address}`, value: { address, name: p.name } })))
        .filter((s) => !chosen.current.has(s.value.address));
    },
    [store],
  );

  function commit(text: string): void {
    const parsed = parseRecipients(text);
    if (parsed.mailboxes.length > 0) onChange(addMailboxes(value, parsed.mailboxes));
    setInvalid(parsed.invalid);
    onPendingChange(parsed.invalid.join(', '));
  }

  const suggestions = useSuggestions<Mailbox>({
    query: pending,
    load,
    highlight: recipientHighlight,
    onPick: (mailbox) => {
      onChange(addMailboxes(value, [mailbox]));
      onPendingChange('');
      setInvalid([]);
    },
    onEnter: () => {
      if (pending.trim() === '') return false;
      commit(pending);
      return true;
    },
  });

  function change(event: ChangeEvent<HTMLInputElement>): void {
    const text = event.target.value;
    setInvalid([]);
    // a separator typed after an address ends it; inside `"Roe, Jane" <…>` it does not
    const quotes = (text.match(/"/g) ?? []).length;
    if (/[,;\n]\s*$/.test(text) && quotes % 2 === 0 && !/<[^>]*$/.test(text)) commit(text);
    else onPendingChange(text);
  }

  const shownError = error ?? (invalid.length > 0 ? t('compose.recipients.invalid', { text: invalid.join(', ') }) : undefined);

  return (
    <div className="compose-recipient-field" data-testid={testId}>
      <label htmlFor={inputId} className="compose-recipient-label">
        {label}
      </label>
      <div className="compose-recipient-box" onClick={() => inputRef.current?.focus()}>
        {value.length > 0 && (
          <ul className="compose-chips" aria-label={listLabel}>
            {value.map((m) => (
              <li key={m.address} className="compose-chip">
                {m.name && <span className="compose-chip-name">{m.name}</span>}
                <span className="compose-chip-address">{m.address}</span>
                <button
                  type="button"
                  className="compose-chip-remove"
                  aria-label={t('compose.recipients.remove', { address: m.address })}
                  onClick={() => onChange(value.filter((x) => x.address !== m.address))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          className="compose-recipient-input"
          value={pending}
          onChange={change}
          onBlur={() => {
            if (pending.trim() !== '') commit(pending);
            suggestions.close();
          }}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? errorId : undefined}
          {...suggestions.inputProps}
        />
      </div>
      <SuggestionList
        suggestions={suggestions}
        label={t('compose.recipients.suggestions')}
        render={(m) => (
          <>
            <span className="compose-suggestion-name">{m.name}</span>
            <span className="compose-suggestion-detail">{m.address}</span>
          </>
        )}
      />
      {shownError && (
        <p id={errorId} className="field-error">
          {shownError}
        </p>
      )}
    </div>
  );
}
