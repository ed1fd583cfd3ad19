/**
 * R7.1 choosing folders never asks for the password again: account:listFolders logs in with the
 * password main keeps in the keychain and lists the saved account's folders; the request carries
 * no password, and nothing saved is refused as 'not-configured'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../support/coreServices';
import { startMailStack, type MailStack, type StackUser } from '../../support/mail-stack';
import { seedAccount } from '../../support/stackAccount';

let stack: MailStack;
let sam: StackUser;
let crm: StackUser;
let core: TestCore;

beforeAll(async () => {
  stack = await startMailStack();
  sam = await stack.createUser('folders');
  crm = await stack.createUser('foldersdrop');
  core = await createTestCore();
});

afterAll(async () => {
  await core?.stop();
  await stack?.stop();
});

describe('R7.1 the saved account lists its folders with its stored password', () => {
  it('R7.1 nothing saved: refused as not-configured', async () => {
    const answer = await core.dispatch('account:listFolders', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-configured' } });
  });

  it('R7.1 saved: the folders come back, asked for with no password', async () => {
    await seedAccount(core, stack, sam, crm);
    const answer = await core.dispatch('account:listFolders', {});
    expect(answer).toMatchObject({ ok: true, value: { ok: true } });
    if (!answer.ok) throw new Error(answer.error.message);
    const value = answer.value as { ok: true; mailboxes: string[] };
    expect(value.mailboxes).toContain('INBOX');
    // a password in the request is refused by the contract: there is none to give
    expect(await core.dispatch('account:listFolders', { password: sam.password })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
