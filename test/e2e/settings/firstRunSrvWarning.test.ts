/**
 * R8.2 in Chromium: DNS SRV records of the mail domain name a server outside it. The first run
 * names the host and says it is outside the domain, offers no connection test, and the test IMAP
 * server sees no login until the user accepts the host; after accepting, the usual test reaches it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/browser/harness';
import { createTestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { srvZone, testDiscovery } from '../../support/testSrvResolver';
import { typeAccount } from './firstRunPage';

let stack: MailStack;
let user: StackUser;
let h: Harness;

/** Dovecot's log lines that name the user: a login or a failed one would. */
const linesNamingUser = () =>
  readFileSync(join(stack.dir, 'dovecot.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(user.address));

beforeAll(async () => {
  stack = await startMailStack();
  user = await stack.createUser('srvwarning');
  // "localhost" is the stack's own server, and outside its mail domain (example.test)
  const discovery = testDiscovery(srvZone(stack.domain, 'localhost', { imaps: stack.ports.imaps, submission: stack.ports.smtp }));
  h = await startHarness({ core: await createTestCore(undefined, { discovery }) });
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('R8.2 first run: a discovered server outside the mail domain', () => {
  it('R8.2 names the host, sends no password until the user accepts it, then tests it as usual', async () => {
    const { page } = h;
    await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
    await typeAccount(page, stack, user);
    await page.getByRole('button', { name: 'Find my servers' }).click();

    const warning = page.getByTestId('discovery-confirm');
    await warning.getByText(`The DNS records of ${stack.domain} name localhost, which is outside ${stack.domain}.`, { exact: false }).waitFor();
    expect(await warning.getAttribute('role')).toBe('alert');
    // nothing to test with the password while the host waits for the user's word
    expect(await page.getByRole('button', { name: 'Test connection' }).count()).toBe(0);
    expect(await page.getByTestId('server-imap').count()).toBe(0);
    await page.keyboard.press('Enter');
    await warning.waitFor();
    expect(linesNamingUser()).toEqual([]);
    await h.screenshot('settings-first-run-srv-outside-domain');

    await warning.getByRole('button', { name: 'Use localhost' }).click();
    const imap = page.getByTestId('server-imap');
    const smtp = page.getByTestId('server-smtp');
    expect(await imap.getByLabel('Server').inputValue()).toBe('localhost');
    expect(await smtp.getByLabel('Port').inputValue()).toBe(String(stack.ports.smtp));
    expect(linesNamingUser()).toEqual([]);

    await page.getByRole('button', { name: 'Test connection' }).click();
    // one certificate, trusted once, serves both servers that present it
    await imap.getByRole('button', { name: 'Trust this certificate for this server' }).click();
    for (const block of [imap, smtp]) await block.getByText('Connected to localhost').waitFor();
    expect(await smtp.getByRole('button', { name: 'Trust this certificate for this server' }).count()).toBe(0);
    // the check above would have seen a login: here it does
    expect(linesNamingUser().join('\n')).toMatch(/Login: user=</);
    expect(h.pageErrors).toEqual([]);
  });

  it('R8.2 declined, the host is used nowhere: the user types the servers', async () => {
    const discovery = testDiscovery(srvZone(stack.domain, 'mail.stranger.example', { imaps: 993, submission: 587 }));
    const other = await startHarness({ core: await createTestCore(undefined, { discovery }) });
    try {
      const { page } = other;
      await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
      await typeAccount(page, stack, user);
      await page.getByRole('button', { name: 'Find my servers' }).click();
      const warning = page.getByTestId('discovery-confirm');
      await warning.getByText('name mail.stranger.example, which is outside', { exact: false }).waitFor();
      await warning.getByRole('button', { name: 'Enter the servers myself' }).click();
      await page.getByTestId('discovery-result').getByText(`The servers found for ${stack.domain} are not used`).waitFor();
      expect(await page.getByTestId('server-imap').getByLabel('Server').inputValue()).toBe('');
      expect(await page.getByTestId('server-smtp').getByLabel('Server').inputValue()).toBe('');
      expect(await page.content()).not.toContain('mail.stranger.example');
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
