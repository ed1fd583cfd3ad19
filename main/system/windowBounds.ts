/**
 * Where the window opens: where it was last, as long as that is still on a screen. A display may
 * have been unplugged or its resolution lowered since, and a window restored off-screen is one
 * the user cannot reach, so the saved bounds are moved (and shrunk if need be) into the work area
 * of the display they overlap most, or the first display when they overlap none.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clampInto(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * `workAreas`: each display's work area (without task bars), the primary first. The result lies
 * inside one of them, is no larger than it, and no smaller than `minSize` unless the work area
 * itself is; bounds already inside a work area come back unchanged. No display: unchanged.
 */
export function clampToDisplays(bounds: Rect, workAreas: readonly Rect[], minSize: Size): Rect {
  const first = workAreas[0];
  if (!first) return bounds;
  let area = first;
  let best = 0;
  for (const candidate of workAreas) {
    const overlap = overlapArea(bounds, candidate);
    if (overlap > best) {
      best = overlap;
      area = candidate;
    }
  }
  const width = Math.min(Math.max(Math.round(bounds.width), minSize.width), area.width);
  const height = Math.min(Math.max(Math.round(bounds.height), minSize.height), area.height);
  // Overlapping nothing: centred on the first display rather than pushed to an edge of it.
  const x = best > 0 ? clampInto(Math.round(bounds.x), area.x, area.x + area.width - width) : area.x + Math.floor((area.width - width) / 2);
  const y = best > 0 ? clampInto(Math.round(bounds.y), area.y, area.y + area.height - height) : area.y + Math.floor((area.height - height) / 2);
  return { x, y, width, height };
}
