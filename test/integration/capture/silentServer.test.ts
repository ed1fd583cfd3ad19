/**
 * A server that stops answering in the middle of a session's setup (as a Dovecot waiting on a
 * mailbox lock left by a killed session did, in crashSafety.test.ts): the engine gives the step
 * up at its deadline, closes that connection and reconnects with back-off, instead of waiting
 * for imapflow's socketTimeout (5 minutes); once the server answers again, it captures.
 */
import { describe, expect, it } from 'vitest';
import { startSilencingProxy } from '../../support/silencingProxy';
import { captureSuite, deliverAll, ownerMail, serverLogin, startEngine } from './fixtures';

const { running, dropBoxFor } = captureSuite();

/**
 * The engine's step deadline here (the app's default is 30 s): long enough for a connect through
 * the proxy on a loaded machine, so attempts fail at the silent step and not before it.
 */
const STEP_TIMEOUT_MS = 2_000;
/** Room for a loaded machine between the deadline and the engine saying so; far below imapflow's 5 minutes. */
const SLACK_MS = 4_000;

const steps = [
  { step: 'LOGIN (the connect step)', command: /^\S+ (LOGIN|AUTHENTICATE) /i },
  { step: 'SELECT', command: /^\S+ (SELECT|EXAMINE) /i },
];

describe('capture engine: a server that goes silent during setup', () => {
  it.each(steps)('gives up a silent $step within its deadline, reconnects, and captures once the server answers again', async ({ step, command }) => {
    const c = await dropBoxFor(`silent-${step.slice(0, 5).toLowerCase()}`);
    await deliverAll(c, [ownerMail(c, `silent-${step.length}-a`), ownerMail(c, `silent-${step.length}-b`)]);
    const proxy = await startSilencingProxy({ host: c.stack.host, port: c.stack.ports.imaps, cert: c.stack.caCert, key: c.stack.keyPem });
    proxy.silenceAt(command);
    const { engine, store, source, progress } = startEngine(c, running, {
      source: { server: { ...serverLogin(c.stack, c.dropbox), port: proxy.port } },
      stepTimeoutMs: STEP_TIMEOUT_MS,
      retry: { baseMs: 50, maxMs: 200 },
    });
    try {
      const connecting = await progress.waitFor((p) => p.state === 'connecting', 5_000, 'the first attempt');
      const startedAt = Date.now();
      const gaveUp = await progress.waitFor((p) => p.state === 'offline', STEP_TIMEOUT_MS + SLACK_MS, `the engine to give up the silent ${step}`);
      expect(connecting.state).toBe('connecting');
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(STEP_TIMEOUT_MS - 50);
      expect(gaveUp.reason).toBe('timeout');
      expect(proxy.silenced).toBeGreaterThanOrEqual(1);
      // and again: the next attempt meets the silent server too, and is given up in time
      await progress.waitFor(() => proxy.silenced >= 2 && (engine.stats()[source.id]?.reconnects ?? 0) >= 2, 3 * (STEP_TIMEOUT_MS + SLACK_MS), 'a second attempt given up');
      expect(store.capturedCount(source.id)).toBe(0);

      proxy.speak();
      await store.waitFor(() => store.capturedCount(source.id) === 2, 10_000, 'the mail once the server answers again');
      await progress.waitFor((p) => p.state === 'idle', 5_000, 'idle');
      expect(store.redelivered).toBe(0);
    } finally {
      await engine.stop();
      await proxy.close();
    }
  });
});
