/** The list's date column: the time today, day and month this year, the full date before. */
import { describe, expect, it } from 'vitest';
import { shortDateFor } from '../../../renderer/src/components/useShortDate';

describe('short dates in the list', () => {
  it('the time for today, day and month this year, the full date before', () => {
    const format = shortDateFor('en-GB');
    const now = new Date();
    const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 9, 5).getTime();
    expect(format(today)).toBe(new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(today));
    // a day this year that is not today
    const other = new Date(now.getFullYear(), now.getMonth() === 0 ? 1 : 0, 15, 12).getTime();
    expect(format(other)).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(other));
    const lastYear = new Date(now.getFullYear() - 1, 5, 1, 12).getTime();
    expect(format(lastYear)).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(lastYear));
  });

  it('formats in the interface language, built once per language (not once per row)', () => {
    expect(shortDateFor('de')).toBe(shortDateFor('de'));
    expect(shortDateFor('de')).not.toBe(shortDateFor('sv'));
    const lastYear = new Date(new Date().getFullYear() - 1, 2, 1, 12).getTime();
    expect(shortDateFor('de')(lastYear)).toBe(new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(lastYear));
  });
});
