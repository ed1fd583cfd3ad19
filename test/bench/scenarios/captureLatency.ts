/**
 * Capture latency while the app idles: messages submitted one at a time over SMTP (nodemailer,
 * the drop box in BCC, as the salesperson's mail client sends them), each timed from the SMTP
 * server's acceptance (250 after DATA; the submission server answers only once Dovecot has the
 * message over LMTP) to the store's ack for the batch holding its Message-ID arriving in main.
 * The ack is sent after the IndexedDB transaction completed, so it marks the commit itself, to
 * within one WebSocket hop; polling the page's IndexedDB could only be as fine as its interval.
 * Both times are read on the same wall clock (timeOrigin + now) in the two processes.
 * A random pause between messages lets the app fall back to IDLE, and keeps the submissions out
 * of step with Dovecot's own timers. A second IDLE client (existsWatcher) times when the server
 * announced each message, which splits the latency into the server's part and the app's.
 */
import nodemailer from 'nodemailer';
import { stackAccountConfig } from '../../support/stackAccount';
import { startAppProcess } from '../core/appProcess';
import { preciseNow } from '../core/protocol';
import { writeBody } from '../corpus/bodies';
import { makeCounterparties } from '../corpus/counterparties';
import { LANGUAGES, rareWord } from '../corpus/vocabulary';
import type { BenchStack } from '../support/benchStack';
import { OWNER_NAME } from '../support/benchStack';
import { openBenchBrowser } from '../support/benchBrowser';
import { watchExists } from '../support/existsWatcher';
import { intBetween, logUniform, pick, seededRandom } from '../support/random';
import { type Distribution, distribution } from '../support/stats';

export interface LatencyResult {
  messages: number;
  /** SMTP accepted → committed in the store */
  latencyMs: Distribution;
  /** SMTP accepted → EXISTS pushed to an IDLE client (the server's share) */
  serverNotifyMs: Distribution;
  /** EXISTS pushed → committed (the app's share: fetch, understand, IPC, store) */
  appMs: Distribution;
  /** every sample, in submission order */
  samplesMs: number[];
}

export async function runCaptureLatency(env: BenchStack, bundle: string, count: number, seed: number, log: (line: string) => void): Promise<LatencyResult> {
  // A drop box of its own, empty: the app is idle as soon as its first (empty) sync is done.
  const dropbox = await env.stack.createUser(`crm-latency-${seed}`);
  const config = stackAccountConfig(env.stack, env.owner, dropbox);
  const app = await startAppProcess(bundle, { config, passwords: { imap: env.owner.password, smtp: env.owner.password, dropbox: dropbox.password } });
  const browser = await openBenchBrowser();
  const transport = nodemailer.createTransport(env.stack.smtpConfig(env.owner));
  const random = seededRandom(seed);
  const people = makeCounterparties(random, 50);
  const samples: number[] = [];
  const notify: number[] = [];
  const own: number[] = [];
  const watcher = await watchExists(env.stack, dropbox);
  try {
    await browser.page.goto(app.url);
    await app.log.waitFor(() => app.log.state === 'idle', 60_000, () => `capture to be idle (state ${app.log.state}, capture:start ${app.log.captureStartedAt === undefined ? 'not called' : 'called'}, page errors: ${browser.pageErrors.join('; ') || 'none'})`);
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, intBetween(random, 50, 250)));
      const customer = pick(random, people);
      const language = LANGUAGES.find((l) => l.code === customer.language) ?? pick(random, LANGUAGES);
      const body = writeBody(random, { language, to: customer, signer: { name: OWNER_NAME }, rare: rareWord(i), customer, size: logUniform(random, 2048, 20_480), quoteHeader: undefined });
      const messageId = `latency.${seed}.${i}@${env.owner.address.split('@')[1]}`;
      await transport.sendMail({
        from: { name: OWNER_NAME, address: env.owner.address },
        to: { name: customer.name, address: customer.address },
        bcc: dropbox.address,
        subject: pick(random, language.subjects),
        text: body.text,
        html: random() < 0.5 ? body.html : undefined,
        messageId: `<${messageId}>`,
      });
      const acceptedAt = preciseNow();
      await app.log.waitFor(() => app.log.committedAt(messageId) !== undefined, 30_000, () => `message ${i} (${messageId}) to be committed`);
      const committedAt = app.log.committedAt(messageId) ?? acceptedAt;
      const announcedAt = await watcher.waitFor(i + 1, 30_000);
      samples.push(committedAt - acceptedAt);
      notify.push(announcedAt - acceptedAt);
      own.push(committedAt - announcedAt);
      if ((i + 1) % 50 === 0) log(`  ${i + 1}/${count} submitted, p50 so far ${distribution(samples).p50.toFixed(0)} ms`);
    }
    return { messages: count, latencyMs: distribution(samples), serverNotifyMs: distribution(notify), appMs: distribution(own), samplesMs: samples };
  } finally {
    await watcher.close();
    transport.close();
    await browser.close();
    await app.stop();
  }
}
