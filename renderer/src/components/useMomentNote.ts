/**
 * A note that holds only while it is true (issue 20.6): said for a state (`forKey`, e.g. "linked
 * to deal 7 on thread 3"), shown while `current` is that state, and for `ms` at most — a pure
 * confirmation ("Linked", "Saved") needs no longer. Render it inside an always-present live region.
 */
import { useCallback, useEffect, useState } from 'react';

export const MOMENT_MS = 6000;

export function useMomentNote(current: string, ms = MOMENT_MS): [text: string | undefined, say: (text: string, forKey?: string) => void] {
  const [note, setNote] = useState<{ text: string; key: string; at: number }>();
  useEffect(() => {
    if (!note) return;
    const timer = window.setTimeout(() => setNote(undefined), ms);
    return () => window.clearTimeout(timer);
  }, [note, ms]);
  const say = useCallback((text: string, forKey?: string) => setNote({ text, key: forKey ?? current, at: Date.now() }), [current]);
  return [note && note.key === current ? note.text : undefined, say];
}
