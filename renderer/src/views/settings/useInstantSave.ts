/**
 * A control that saves at once (a switch, a choice, a language): the save, then "Saved" for a
 * moment next to it, or what went wrong (see README.md in this folder).
 */
import { useState } from 'react';

export interface InstantSave {
  /** changes with every save that went through, for SavedBadge */
  savedAt: number | undefined;
  failure: unknown;
  busy: boolean;
  run(save: () => Promise<unknown>): Promise<boolean>;
}

export function useInstantSave(): InstantSave {
  const [savedAt, setSavedAt] = useState<number>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function run(save: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setFailure(undefined);
    setSavedAt(undefined);
    try {
      await save();
      setSavedAt(Date.now());
      return true;
    } catch (err) {
      // handled: the section says it (ErrorNotice words it and reports what is not a Failure)
      setFailure(err);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { savedAt, failure, busy, run };
}
