/**
 * Desktop notifications in Chromium against the real core (issue 22): the window hands main the
 * words of its language (again when the language changes), Settings › Notifications turns each
 * kind off and keeps it, and a click on a notification (app:open) shows the place to act.
 */
import { describe, expect, it } from 'vitest';
import type { MainWords } from '../../../shared/ipc/calls/notifications';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { mainWords } from '../../../renderer/src/i18n/mainWords';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import type { TestCore } from '../../support/coreServices';

/** what the window handed main, newest last, and who waits for the next */
const received: MainWords[] = [];
const arrivals = new Set<() => void>();
const { h } = useAppWithAccount({
  services: {
    onWords: (words) => {
      received.push(words);
      for (const arrived of [...arrivals]) arrived();
    },
  },
});

async function openSettings(): Promise<void> {
  await h.page.getByRole('navigation').first().getByRole('button', { name: 'Settings' }).click();
  await h.page.getByTestId('settings-view').waitFor();
}

/** once the window has handed main `expected`; then main's copy (its settings file) holds them too */
async function wordsBecome(expected: MainWords): Promise<void> {
  const same = () => JSON.stringify(received.at(-1)) === JSON.stringify(expected);
  if (!same()) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        arrivals.delete(arrived);
        reject(new Error(`main's words are still ${JSON.stringify(received.at(-1)?.notifications.titles)}`));
      }, 10_000);
      const arrived = () => {
        if (!same()) return;
        clearTimeout(timer);
        arrivals.delete(arrived);
        resolve();
      };
      arrivals.add(arrived);
    });
  }
  expect(await (h.core as TestCore).services.notifications.words()).toEqual(expected);
}

describe('notifications', () => {
  it('the window hands main its words, and new ones when the language changes', async () => {
    await h.page.getByTestId('view-inbox').waitFor();
    await wordsBecome(mainWords(catalog.en));
    await h.page.getByRole('navigation').first().getByRole('button', { name: 'Settings' }).click();
    await h.page.getByLabel('Language of Blindcopy').selectOption('de');
    await h.page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await wordsBecome(mainWords(catalog.de));
    await h.page.getByLabel('Sprache von Blindcopy').selectOption('en');
    await h.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await wordsBecome(mainWords(catalog.en));
  });

  it('Settings › Notifications turns a kind off at once, and it stays off', async () => {
    await openSettings();
    const section = h.page.getByTestId('settings-notifications');
    const sendFailed = section.getByTestId('notifications-sendFailed');
    expect(await sendFailed.getAttribute('aria-checked')).toBe('true');
    await sendFailed.click();
    await section.locator('[data-testid="notifications-sendFailed"][aria-checked="false"]:not([aria-busy])').waitFor();
    expect(await h.core.dispatch('notifications:get', {})).toEqual({ ok: true, value: { rejected: true, sendFailed: false, sourceStopped: true } });
    await section.scrollIntoViewIfNeeded();
    await h.screenshot('notifications-1-settings');
    // a real reload (as settings.test.ts does: the URL's fragment carries the bridge token)
    await h.page.goto('about:blank');
    await h.page.goto(h.server.url);
    await openSettings();
    expect(await h.page.getByTestId('notifications-sendFailed').getAttribute('aria-checked')).toBe('false');
    expect(await h.page.getByTestId('notifications-rejected').getAttribute('aria-checked')).toBe('true');
  });

  it('R10.4 a click on a notification shows the Rejected list, the outbox, or the account in Settings', async () => {
    h.core.emit('app:open', { place: 'rejected' });
    await h.page.getByTestId('view-rejected').waitFor();
    h.core.emit('app:open', { place: 'sources' });
    await h.page.getByTestId('view-settings').waitFor();
    await h.page.waitForFunction(() => document.activeElement?.id === 'account-title');
    await h.screenshot('notifications-2-opened-sources');
    h.core.emit('app:open', { place: 'outbox' });
    await h.page.getByRole('dialog').waitFor();
  });
});
