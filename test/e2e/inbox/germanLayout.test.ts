/**
 * Layouts that hold (issue 20): the German interface at 1280×800, where words are longest. Checked
 * on element boxes, not only a picture: the inbox filters on one line, the hover "Link item" never
 * over the sender or the date, the bulk bar with every button inside it, a deal's value editor in
 * its column.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { rawMail } from '../items/mail';
import { expectAccessible, screenshotWhole } from '../items/page';

const CAPTURE_MS = 30_000;
const { stack, sam, crm, h } = useAppWithAccount({ locale: 'de-DE' });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (b === null) throw new Error('element not rendered');
  return b;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** the part of `b` inside `within`, or undefined when none is */
function clip(b: Box, within: Box): Box | undefined {
  const x = Math.max(b.x, within.x);
  const y = Math.max(b.y, within.y);
  const right = Math.min(b.x + b.width, within.x + within.width);
  const bottom = Math.min(b.y + b.height, within.y + within.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

function inside(inner: Box, outer: Box): boolean {
  const slack = 0.5;
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
}

const PEOPLE = ['Dr. Maximiliane Schwarzenberger-Lüdenscheid', 'Friedrich-Wilhelm Großkopf', 'Annegret Müller-Thurgau'];

describe('the German interface at 1280×800', () => {
  it('inbox: filters on one line, "Verknüpfen" never over the sender, the bulk bar holds all its buttons', async () => {
    const { page } = h;
    for (const [i, name] of PEOPLE.entries()) {
      const to = `${name} <person${i}@kunde.example>`;
      await stack.deliver(crm.address, rawMail({ from: `Sam Seller <${sam.address}>`, to, subject: `Angebotsunterlagen für die Rahmenvereinbarung ${i + 1}` }), { from: sam.address });
    }
    const rows = page.getByTestId('inbox-row');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="inbox-row"]').length >= n, PEOPLE.length, { timeout: CAPTURE_MS });

    // the five filters, with their counts, on one line
    const filters = page.locator('.inbox-filter');
    expect(await filters.count()).toBe(5);
    const tops = await Promise.all((await filters.all()).map(async (f) => (await box(f)).y));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
    const bar = await box(page.locator('.inbox-filters'));
    for (const f of await filters.all()) expect(inside(await box(f), bar)).toBe(true);

    // the hover action on every row leaves the sender and the date readable
    for (const row of await rows.all()) {
      await row.hover();
      const link = row.locator('.inbox-row-link');
      await link.waitFor({ state: 'visible' });
      const linkBox = await box(link);
      expect(overlap(linkBox, await box(row.locator('.inbox-row-people')))).toBe(false);
      expect(overlap(linkBox, await box(row.locator('.inbox-row-date')))).toBe(false);
      expect(overlap(linkBox, await box(row.locator('.inbox-row-subject')))).toBe(false);
      // the chips' line is cut where the action begins: what of each chip can be seen stays clear of it
      const meta = await box(row.locator('.inbox-row-meta'));
      for (const chip of await row.locator('.inbox-row-meta .chip, .inbox-row-meta .auth-chip').all()) {
        const seen = clip(await box(chip), meta);
        if (seen) expect(overlap(linkBox, seen)).toBe(false);
      }
      expect(inside(linkBox, await box(row))).toBe(true);
    }
    await rows.nth(1).hover();
    await screenshotWhole(h, 'layout-de-0-inbox-hover');

    // two rows chosen: the bulk bar shows every button, inside it and on screen, none over another
    for (const row of (await rows.all()).slice(0, 2)) await row.locator('.inbox-row-check input').check();
    const bulk = page.getByTestId('bulk-bar');
    await bulk.waitFor();
    const bulkBox = await box(bulk);
    const viewport = page.viewportSize()!;
    const buttons = await Promise.all((await bulk.getByRole('button').all()).map(box));
    expect(buttons.length).toBe(3);
    for (const [i, b] of buttons.entries()) {
      expect(inside(b, bulkBox)).toBe(true);
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
      for (const other of buttons.slice(i + 1)) expect(overlap(b, other)).toBe(false);
    }
    await screenshotWhole(h, 'layout-de-1-bulk');
    await expectAccessible(h);
  });

  it("a deal's value editor stays in its column", async () => {
    const { page } = h;
    await page.getByRole('navigation').getByRole('button', { name: 'Deals' }).click();
    await page.getByRole('button', { name: 'Neuer Deal' }).click();
    const form = page.getByTestId('new-item-form');
    await form.getByLabel('Titel').fill('Rahmenvereinbarung Softwarelizenzen 2027');
    await form.getByRole('button', { name: 'Deal anlegen' }).click();
    const detail = page.getByTestId('item-detail');
    await detail.getByRole('heading', { level: 2 }).waitFor();
    await detail.getByRole('button', { name: 'Wert bearbeiten' }).click();
    const editor = detail.locator('.rec-fact .inline-text.is-editing');
    await editor.waitFor();
    const column = await box(detail.locator('.rec-fact:has(.inline-text.is-editing)'));
    const facts = await Promise.all((await detail.locator('.rec-fact').all()).map(box));
    expect(inside(await box(editor), column)).toBe(true);
    for (const fact of facts) if (fact.x !== column.x || fact.y !== column.y) expect(overlap(fact, column)).toBe(false);
    await screenshotWhole(h, 'layout-de-2-value-editor');
    await expectAccessible(h);
  });
});
