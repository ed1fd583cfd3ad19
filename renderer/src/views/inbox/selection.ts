/**
 * Multi-select for bulk actions (R5.4), as mail clients do it: a click on the checkbox or
 * ctrl/cmd-click toggles one thread and makes it the anchor; shift-click checks the whole range
 * from the anchor to the clicked thread, in list order.
 */
export type SelectGesture = 'toggle' | 'range';

export interface Selection {
  checked: Set<string>;
  anchorId: string | undefined;
}

export function selectWith(
  current: ReadonlySet<string>,
  anchorId: string | undefined,
  order: readonly string[],
  id: string,
  gesture: SelectGesture,
): Selection {
  const checked = new Set(current);
  const from = anchorId === undefined ? -1 : order.indexOf(anchorId);
  const to = order.indexOf(id);
  if (gesture === 'range' && from >= 0 && to >= 0) {
    const [a, b] = from < to ? [from, to] : [to, from];
    for (const rangeId of order.slice(a, b + 1)) checked.add(rangeId);
    return { checked, anchorId };
  }
  if (checked.has(id)) checked.delete(id);
  else checked.add(id);
  return { checked, anchorId: id };
}

/** The gesture of a click: shift extends, ctrl/cmd toggles, a plain click opens (undefined). */
export function gestureOf(event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): SelectGesture | undefined {
  if (event.shiftKey) return 'range';
  if (event.ctrlKey || event.metaKey) return 'toggle';
  return undefined;
}
