/**
 * `npm run demo`: the app without Electron. Starts a throw-away mail stack with a demo account
 * and a drop box holding a few messages, saves that account in the core (so the app opens on
 * the captured inbox; the first run can be seen with a fresh core), serves the app with a bridge
 * to the real core services, opens it in Chromium and prints the URL and the credentials.
 * Ctrl-C stops everything.
 * Flags: --no-browser (only print the URL), --port N (serve on a fixed port).
 */
import { launchChromium } from './browser/chromium';
import { startAppServer } from './browser/appServer';
import { createTestCore } from './coreServices';
import { sampleDropboxMail } from './demo/sampleMail';
import { startMailStack } from './mail-stack';
import { seedAccount } from './stackAccount';

const args = process.argv.slice(2);
const openBrowser = !args.includes('--no-browser');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : undefined;

const stack = await startMailStack();
const cleanups: (() => Promise<unknown>)[] = [() => stack.stop()];
let stopping = false;
async function stop(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const account = await stack.createUser('sam', 'demo-sam-password');
  const dropbox = await stack.createUser('crm', 'demo-crm-password');
  for (const m of sampleDropboxMail(account.address, dropbox.address, stack.domain)) {
    await stack.deliver(dropbox.address, m.raw);
  }
  // The account is saved as the first run would save it, so the app opens on the captured inbox.
  const core = await createTestCore();
  cleanups.push(() => core.stop());
  await seedAccount(core, stack, account, dropbox);
  const server = await startAppServer(core, { port });
  cleanups.push(() => server.close());

  const lines = [
    '',
    'Blindcopy demo is running.',
    `  App:          ${server.url}`,
    `  IMAP:         ${stack.host}:${stack.ports.imaps} (TLS) or :${stack.ports.imap} (STARTTLS); self-signed certificate, SHA-256 ${stack.certFingerprint256}`,
    `  SMTP:         ${stack.host}:${stack.ports.smtp} (STARTTLS)`,
    `  Account:      ${account.address} / ${account.password}`,
    `  Drop box:     ${dropbox.address} / ${dropbox.password}  (BCC address ${dropbox.address})`,
    '  Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
  // one machine-readable line, for the test that proves the demo works
  console.log(`DEMO_READY ${JSON.stringify({ url: server.url, dovecotPids: stack.dovecotProcessIds() })}`);

  if (openBrowser) {
    const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
    if (headless) console.log('No display found: open the App URL above in a browser on this machine.');
    else {
      const browser = await launchChromium({ headless: false });
      cleanups.push(() => browser.close());
      const page = await browser.newPage();
      await page.goto(server.url);
      browser.on('disconnected', () => void stop(0));
    }
  }
} catch (err) {
  console.error('The demo could not start:', err instanceof Error ? err.message : err);
  await stop(1);
}
