/** The window opens on a screen: saved bounds brought into today's displays (table + properties). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, type Rect } from '../../../main/system/windowBounds';

const MIN = { width: 900, height: 560 };
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
/** a second screen to the right of the laptop, taller */
const monitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };
/** a second screen to the left, in negative coordinates (Windows and macOS allow it) */
const left: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };

describe('clampToDisplays', () => {
  it.each<[string, Rect, Rect[], Rect]>([
    ['inside the only display: unchanged', { x: 100, y: 50, width: 1200, height: 700 }, [laptop], { x: 100, y: 50, width: 1200, height: 700 }],
    ['on the second display: unchanged', { x: 2000, y: 0, width: 1600, height: 1000 }, [laptop, monitor], { x: 2000, y: 0, width: 1600, height: 1000 }],
    ['on a display left of the primary: unchanged', { x: -1800, y: 40, width: 1280, height: 820 }, [laptop, left], { x: -1800, y: 40, width: 1280, height: 820 }],
    ['its display was unplugged: centred on the primary', { x: 2000, y: 0, width: 1280, height: 820 }, [laptop], { x: 80, y: 27, width: 1280, height: 820 }],
    ['far away (a stale file): centred on the primary', { x: -90000, y: 90000, width: 1000, height: 600 }, [laptop, monitor], { x: 220, y: 137, width: 1000, height: 600 }],
    ['hanging off the right edge: moved in', { x: 1000, y: 100, width: 1280, height: 700 }, [laptop], { x: 160, y: 100, width: 1280, height: 700 }],
    ['above the top (title bar unreachable): moved down', { x: 100, y: -300, width: 1200, height: 700 }, [laptop], { x: 100, y: 0, width: 1200, height: 700 }],
    ['larger than the display (resolution lowered): shrunk to it', { x: 0, y: 0, width: 2560, height: 1400 }, [laptop], { x: 0, y: 0, width: 1440, height: 875 }],
    ['across two displays: onto the one it overlaps most', { x: 1200, y: 0, width: 1400, height: 800 }, [laptop, monitor], { x: 1440, y: 0, width: 1400, height: 800 }],
    ['smaller than the minimum (a hand-edited file): grown to it', { x: 10, y: 10, width: 200, height: 100 }, [laptop], { x: 10, y: 10, width: 900, height: 560 }],
    ['fractional (scaled displays): whole pixels', { x: 10.4, y: 10.6, width: 1000.5, height: 600.2 }, [laptop], { x: 10, y: 11, width: 1001, height: 600 }],
    ['no display known: unchanged', { x: 5, y: 5, width: 1000, height: 600 }, [], { x: 5, y: 5, width: 1000, height: 600 }],
  ])('%s', (_case, bounds, areas, expected) => {
    expect(clampToDisplays(bounds, areas, MIN)).toEqual(expected);
  });

  it('a display smaller than the minimum size: the window fits the display', () => {
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampToDisplays({ x: 0, y: 0, width: 1280, height: 820 }, [tiny], MIN)).toEqual(tiny);
  });

  const int = (min: number, max: number) => fc.integer({ min, max });
  const area = fc.record({ x: int(-5000, 5000), y: int(-5000, 5000), width: int(MIN.width, 4000), height: int(MIN.height, 3000) });
  const bounds = fc.record({ x: int(-100_000, 100_000), y: int(-100_000, 100_000), width: int(1, 10_000), height: int(1, 10_000) });
  const inside = (r: Rect, a: Rect) => r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height;

  it('property: the result lies wholly inside one display, at least the minimum size', () => {
    fc.assert(
      fc.property(bounds, fc.array(area, { minLength: 1, maxLength: 4 }), (b, areas) => {
        const r = clampToDisplays(b, areas, MIN);
        expect(areas.some((a) => inside(r, a))).toBe(true);
        expect(r.width).toBeGreaterThanOrEqual(MIN.width);
        expect(r.height).toBeGreaterThanOrEqual(MIN.height);
      }),
    );
  });

  it('property: bounds already inside a display are kept; clamping twice changes nothing more', () => {
    fc.assert(
      fc.property(bounds, fc.array(area, { minLength: 1, maxLength: 4 }), (b, areas) => {
        const once = clampToDisplays(b, areas, MIN);
        expect(clampToDisplays(once, areas, MIN)).toEqual(once);
        if (b.width >= MIN.width && b.height >= MIN.height && areas.some((a) => inside(b, a))) expect(once).toEqual(b);
      }),
    );
  });
});
