/**
 * R8.2 in Chromium: one trusted certificate serves every server that presents it. The IMAP and
 * SMTP servers are typed under two different names (127.0.0.1 and localhost, both the stack);
 * trusting the certificate once, for IMAP, connects SMTP too, and the drop box's own login on
 * localhost connects without a question, because all three present the same certificate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../support/browser/harness';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { typeAccount } from './firstRunPage';

let stack: MailStack;
let sam: StackUser;
let crm: StackUser;
let h: Harness;

const TRUST = 'Trust this certificate for this server';

beforeAll(async () => {
  stack = await startMailStack();
  sam = await stack.createUser('reuse');
  crm = await stack.createUser('reusedrop');
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
  await stack?.stop();
});

describe('R8.2 one certificate, trusted once', () => {
  it("R8.2 trusting it for IMAP trusts it for SMTP and for the drop box's login under other names", async () => {
    const { page } = h;
    await page.getByRole('heading', { level: 1, name: 'Set up Blindcopy' }).waitFor();
    await typeAccount(page, stack, sam);
    await page.getByRole('button', { name: 'Enter the servers myself' }).click();
    const imap = page.getByTestId('server-imap');
    const smtp = page.getByTestId('server-smtp');
    await imap.getByLabel('Server').fill(stack.host);
    await imap.getByLabel('Port').fill(String(stack.ports.imaps));
    await smtp.getByLabel('Server').fill('localhost');
    await smtp.getByLabel('Port').fill(String(stack.ports.smtp));
    await page.getByRole('button', { name: 'Test connection' }).click();
    await imap.getByText(`The certificate of ${stack.host} is not trusted`).waitFor();
    await smtp.getByText('The certificate of localhost is not trusted').waitFor();

    await imap.getByRole('button', { name: TRUST }).click();
    await imap.getByText(`Connected to ${stack.host}`).waitFor();
    await smtp.getByText('Connected to localhost').waitFor();
    expect(await smtp.getByRole('button', { name: TRUST }).count()).toBe(0);
    await smtp.getByText('Trusted certificate:').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();

    // the drop box's own login on localhost: its prefilled pin goes with the new name, the same certificate brings it back
    await page.getByRole('heading', { level: 2, name: 'The drop box' }).waitFor();
    await page.getByLabel('In a separate mailbox with its own login').check();
    const login = page.getByTestId('dropbox-login');
    await login.getByLabel('Server').fill('localhost');
    await login.getByLabel('User name').fill(crm.address);
    await login.getByLabel('Password of the drop box').fill(crm.password);
    await login.getByRole('button', { name: 'Test the drop box' }).click();
    await login.getByText('Connected to localhost').waitFor();
    expect(await login.getByRole('button', { name: TRUST }).count()).toBe(0);
    await h.screenshot('settings-first-run-certificate-reused');
    expect(h.pageErrors).toEqual([]);
  });
});
