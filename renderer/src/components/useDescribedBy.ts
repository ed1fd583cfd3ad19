/** Ids for a form control and the hint and error that describe it. */
import { useId } from 'react';

export function useDescribedBy(hint: unknown, error: unknown): { id: string; hintId: string; errorId: string; describedBy: string | undefined } {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}
