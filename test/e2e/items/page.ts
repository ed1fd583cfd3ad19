/** Steps the item tests take the way a user would: open a view, screenshot the whole page. */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from '../../support/browser/axe';
import type { Harness } from '../../support/browser/harness';

export async function openView(h: Harness, name: string): Promise<void> {
  await h.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name, exact: true }).click();
}

/** Organizations › New organization: `name` made, and its page showing. */
export async function createOrganization(h: Harness, name: string): Promise<void> {
  await openView(h, 'Organizations');
  await h.page.getByRole('button', { name: 'New organization' }).click();
  const form = h.page.getByTestId('new-organization-form');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add organization' }).click();
  await h.page.getByTestId('organization-detail').getByRole('heading', { level: 2, name }).waitFor();
}

/** People › `person` chooses `organization`, found by typing `typed`; answers the person's page. */
export async function joinOrganization(h: Harness, person: string, typed: string, organization: string): Promise<Locator> {
  await openView(h, 'People');
  await h.page.getByTestId('person-row').filter({ hasText: person }).getByRole('button', { name: person, exact: true }).click();
  const detail = h.page.getByTestId('person-detail');
  await detail.getByRole('button', { name: 'Choose Organization' }).click();
  await detail.getByRole('combobox', { name: 'Organization' }).fill(typed);
  await h.page.getByRole('option', { name: organization }).click();
  return detail;
}

/** The app scrolls inside its content pane: a tall window shows the whole page at once. */
export async function screenshotWhole(h: Harness, name: string): Promise<void> {
  const size = h.page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await h.page.locator('main.content').evaluate((el) => el.scrollHeight + 60);
  await h.page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  try {
    await h.screenshot(name);
  } finally {
    await h.page.setViewportSize(size);
  }
}

/**
 * No serious or critical accessibility violations (axe-core) in the view's own pane: the app's
 * navigation around it is the shell's, checked by the shell's tests.
 */
export async function expectAccessible(h: Harness): Promise<void> {
  const violations = await seriousViolations(h.page);
  const inView = await h.page.evaluate(
    (found) => found.filter((v) => v.targets.some((target) => document.querySelector(target)?.closest('main.content') != null)),
    violations,
  );
  expect(inView).toEqual([]);
}
