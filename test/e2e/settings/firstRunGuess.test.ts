/**
 * R8.2 in Chromium: no source publishes servers for the stack's domain, so the first run tries the
 * usual host names (a test host map points imap.<domain> and smtp.<domain> at the local stack),
 * fills in what answered, and says which hosts were tried and which answered. No login reached
 * Dovecot: a probe only reads greetings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../support/browser/axe';
import { startHarness, type Harness } from '../../support/browser/harness';
import { createTestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { testDiscovery, usualNamesOf } from '../../support/testSrvResolver';
import { typeAccount } from './firstRunPage';

let stack: MailStack;
let user: StackUser;
let h: Harness;

const linesNamingUser = () =>
  readFileSync(join(stack.dir, 'dovecot.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes(user.address));

beforeAll(async () => {
  stack = await startMailStack();
  user = await stack.createUser('guessed');
  const discovery = testDiscovery({}, usualNamesOf(stack.domain, stack.host, stack.ports));
  h = await startHarness({ core: await createTestCore(undefined, { discovery }) });
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('R8.2 first run: guessing the usual host names', () => {
  it('R8.2 fills in the hosts that answered and lists every host tried', async () => {
    const { page } = h;
    const d = stack.domain;
    await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
    await typeAccount(page, stack, user);
    await page.getByRole('button', { name: 'Find my servers' }).click();

    const result = page.getByTestId('discovery-result');
    await result.getByText(`Found the servers for ${d}`).waitFor();
    await result.getByText(`By trying the usual server names of ${d}. These answered: imap.${d}, smtp.${d}.`, { exact: false }).waitFor();
    const tried = result.getByTestId('discovery-guessed');
    await tried.getByText('Servers tried (3 of 12 answered)').click();
    await tried.getByText(`IMAP imap.${d}, port 993 (TLS): answered`).waitFor();
    await tried.getByText(`IMAP imap.${d}, port 143 (STARTTLS): answered`).waitFor();
    await tried.getByText(`IMAP mail.${d}, port 993 (TLS): no such name`).waitFor();
    await tried.getByText(`SMTP smtp.${d}, port 465 (TLS): no such name`).waitFor();
    await tried.getByText(`SMTP smtp.${d}, port 587 (STARTTLS): answered`).waitFor();
    expect(await tried.getByRole('listitem').count()).toBe(12);

    const imap = page.getByTestId('server-imap');
    const smtp = page.getByTestId('server-smtp');
    expect(await imap.getByLabel('Server').inputValue()).toBe(`imap.${d}`);
    expect(await imap.getByLabel('Port').inputValue()).toBe('993');
    expect(await smtp.getByLabel('Server').inputValue()).toBe(`smtp.${d}`);
    expect(await smtp.getByLabel('Port').inputValue()).toBe('587');
    // within the domain: no warning to confirm, and the password has gone nowhere yet
    expect(await page.getByTestId('discovery-confirm').count()).toBe(0);
    expect(linesNamingUser()).toEqual([]);
    await h.screenshot('settings-first-run-guessed-hosts');

    expect(await seriousViolations(page)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it('R8.2 only the sending server answers: it is filled in, and the user types the other', async () => {
    const d = stack.domain;
    const discovery = testDiscovery({}, { [`mail.${d}:587`]: { address: stack.host, port: stack.ports.smtp } });
    const other = await startHarness({ core: await createTestCore(undefined, { discovery }) });
    try {
      const { page } = other;
      await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
      await typeAccount(page, stack, user);
      await page.getByRole('button', { name: 'Find my servers' }).click();
      const result = page.getByTestId('discovery-result');
      await result.getByText(`No server settings found for ${d}`).waitFor();
      await result.getByText(`Of the usual server names, mail.${d} answered: it is filled in below.`, { exact: false }).waitFor();
      expect(await page.getByTestId('server-imap').getByLabel('Server').inputValue()).toBe('');
      expect(await page.getByTestId('server-smtp').getByLabel('Server').inputValue()).toBe(`mail.${d}`);
      expect(await page.getByTestId('server-smtp').getByLabel('Port').inputValue()).toBe('587');
      expect(await seriousViolations(page)).toEqual([]);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
