/**
 * The set-up most end-to-end files share: a real mail stack with Sam (the account) and crm (the
 * drop box), a core with Sam's account saved through the real handlers, and Chromium open on the
 * app. `useAppWithAccount()` registers the file's beforeAll / afterAll and answers the objects the
 * tests use, so a file reads `const { stack, sam, crm, h } = useAppWithAccount();`.
 *
 * Those objects are empty until beforeAll has run: beforeAll fills them in place, copying each
 * property as it is (getters stay getters, so `stack.smtp.acceptedCount` stays live), which keeps
 * references taken at the top of the file valid.
 */
import { afterAll, beforeAll } from 'vitest';
import type { AccountConfig } from '../../../shared/settings/accountConfig';
import { createTestCore } from '../coreServices';
import { startMailStack, type MailStack, type StackUser } from '../mail-stack';
import { seedAccount } from '../stackAccount';
import { startHarness, type Harness } from './harness';

export interface AppWithAccount {
  stack: MailStack;
  /** the account's user */
  sam: StackUser;
  /** the drop box's user: its address is the company BCC address */
  crm: StackUser;
  h: Harness;
}

export interface AppWithAccountOptions {
  /** runs once the users exist, before the core and the app start (e.g. mail already waiting in the drop box) */
  beforeStart?: (parts: Omit<AppWithAccount, 'h'>) => Promise<void>;
  /** options of the core's services (e.g. a faster capture retry) */
  services?: Parameters<typeof createTestCore>[1];
  /** runs in the page before the app's own scripts (a test's observers) */
  initScript?: string;
  /** lets the page read and write the clipboard (the copy buttons) */
  clipboard?: boolean;
  /** parts of the saved account that differ from the stack's default (e.g. `sync`) */
  account?: Partial<AccountConfig>;
  /** the browser's locale (the app follows it, R10.3); en-US by default */
  locale?: string;
  /** beforeAll's time limit, when the set-up does more than the project's hook timeout allows */
  timeoutMs?: number;
}

/** Copies every property of `from` onto `onto` as it is, so references to `onto` taken earlier see them. */
export function fillInPlace<T extends object>(onto: T, from: T): void {
  Object.defineProperties(onto, Object.getOwnPropertyDescriptors(from));
}

export function useAppWithAccount(options: AppWithAccountOptions = {}): AppWithAccount {
  const app: AppWithAccount = { stack: {} as MailStack, sam: {} as StackUser, crm: {} as StackUser, h: {} as Harness };
  let stack: MailStack | undefined;
  let h: Harness | undefined;

  beforeAll(async () => {
    stack = await startMailStack();
    const sam = await stack.createUser('sam');
    const crm = await stack.createUser('crm');
    fillInPlace(app.stack, stack);
    fillInPlace(app.sam, sam);
    fillInPlace(app.crm, crm);
    await options.beforeStart?.({ stack, sam, crm });
    const core = await createTestCore(undefined, options.services);
    await seedAccount(core, stack, sam, crm, options.account);
    h = await startHarness({
      core,
      ...(options.initScript === undefined ? {} : { initScript: options.initScript }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });
    fillInPlace(app.h, h);
    if (options.clipboard) await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.origin });
  }, options.timeoutMs);

  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  return app;
}
