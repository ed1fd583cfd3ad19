/**
 * One field and an Add button under a list a record keeps (a person's addresses, an
 * organization's mail domains): what was typed is checked by the caller, a problem is shown at
 * the field, and the field empties once the value is saved.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

/** what became of a typed value: refused with words for the field, or handed to the store */
export type AddOutcome = { problem: string } | { saved: boolean };

export interface AddValueFormProps {
  label: string;
  button: string;
  busy: boolean;
  type?: 'email' | 'text';
  placeholder?: string;
  add(typed: string): Promise<AddOutcome>;
}

export function AddValueForm({ label, button, busy, type = 'text', placeholder, add }: AddValueFormProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await add(draft);
    if ('problem' in outcome) return setProblem(outcome.problem);
    if (outcome.saved) {
      setDraft('');
      setProblem(undefined);
    }
  }

  return (
    <form className="person-email-add" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={label}
        type={type}
        value={draft}
        {...(placeholder === undefined ? {} : { placeholder })}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(undefined);
        }}
        error={problem}
      />
      <Button type="submit" busy={busy}>
        {button}
      </Button>
    </form>
  );
}
