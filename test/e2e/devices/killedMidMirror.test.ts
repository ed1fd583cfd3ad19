/**
 * R3.1 R3.6 DESIGN 4 "a crash at any point loses nothing and duplicates nothing", at the level
 * where it holds: the app (its core in a child process, its page in Chromium on a persistent
 * profile) is killed with SIGKILL 10 times while it mirrors the drop box, and restarted each time
 * on the same settings and profile. The page's store commits each batch with its checkpoint in one
 * IndexedDB transaction and main resumes from the checkpoint the store holds, so at the end every
 * message is there exactly once, counted by Message-ID in the page's database.
 *
 * Every other kill lands in the window that transaction exists for: the store has committed a
 * batch and its checkpoint, but the core has not heard the ack (held there by the harness). A core
 * that kept its own checkpoint, or a store that saved the checkpoint apart from the batch, would
 * fetch that batch again and store its messages twice; the others land wherever the mirror is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDevices } from '../../support/browser/devices/useDevices';
import { countRows, indexKeys, waitForRows } from '../../support/browser/pageDb';
import { seededRandom } from '../../support/seeded';

const MESSAGES = 600;
const KILLS = 10;
const SEED = Number(process.env.CAPTURE_KILL_SEED ?? 20_261_208);
const CHUNK = 20;

function ownerMail(from: string, i: number): string {
  return [
    `From: Sam Seller <${from}>`,
    `To: Customer ${i} <customer-${i}@external.test>`,
    `Subject: Offer ${i}`,
    `Message-ID: <kill-${i}@blindcopy.test>`,
    `Date: ${new Date(Date.UTC(2026, 0, 1, 9, 0, i)).toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Hello customer ${i},\r\n\r\nthe offer follows.\r\n\r\nSam`,
    '',
  ].join('\r\n');
}

/** At how many stored messages each kill comes: seeded, spread over the first 85% of the mirror, increasing. */
function killPoints(seed: number): number[] {
  const random = seededRandom(seed);
  const span = (MESSAGES * 0.85) / KILLS;
  return Array.from({ length: KILLS }, (_, i) => Math.floor(span * i + span * (0.2 + 0.8 * random())));
}

/**
 * In one read-only transaction of the page's database (a consistent snapshot): the mail stored
 * (captured and rejected rows) and the drop box's checkpoint. Committed together, they agree at
 * every moment: the UIDs are 1..n, so n rows go with lastUid n.
 */
function storedAndCheckpoint(page: Page): Promise<{ stored: number; lastUid: number | undefined }> {
  return page.evaluate(
    () =>
      new Promise<{ stored: number; lastUid: number | undefined }>((resolve, reject) => {
        const open = indexedDB.open('blindcopy');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['messages', 'rejected', 'syncSources'], 'readonly');
          const messages = tx.objectStore('messages').count();
          const rejected = tx.objectStore('rejected').count();
          const sources = tx.objectStore('syncSources').getAll();
          tx.oncomplete = () => {
            db.close();
            const rows = sources.result as Array<{ id: string; lastUid: number }>;
            const dropbox = rows.find((row) => !row.id.startsWith('replica:'));
            resolve({ stored: messages.result + rejected.result, lastUid: dropbox?.lastUid });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const { devices } = useDevices({
  async beforeStart({ stack, sam, crm }) {
    await stack.loadMaildir(crm, Array.from({ length: MESSAGES }, (_, i) => ownerMail(sam.address, i)));
  },
  start: [{ name: 'A', services: { captureEngine: { chunkSize: CHUNK, retry: { baseMs: 200, maxMs: 1_000 } } } }],
  timeoutMs: 120_000,
});

describe('the app killed while it mirrors the drop box', () => {
  it(`R3.1 R3.6 ${KILLS} SIGKILLs mid-mirror: it resumes after each restart, and every message is there exactly once (seed ${SEED})`, async () => {
    const a = devices.device('A');
    const started = performance.now();
    const points = killPoints(SEED);
    /** messages in the page's database at each kill */
    const atKill: number[] = [];
    let inAckWindow = 0;
    /** time spent starting the app again (core, then Chromium and the page) */
    let restartSeconds = 0;
    for (const [i, point] of points.entries()) {
      // resumed: the restarted app stores more than it had at the previous kill
      const previous = atKill.at(-1) ?? -1;
      await waitForRows(a.page, 'messages', (n) => n >= point && n > previous, 60_000);
      if (i % 2 === 0) {
        // committed with its checkpoint, the ack not yet out of the core
        await a.hold('capture:ack', 'before', 'dropbox');
        const since = a.calls.length;
        await a.waitForCall('capture:ack', 'held', { since, timeoutMs: 30_000 });
        inAckWindow += 1;
      }
      const snapshot = await storedAndCheckpoint(a.page);
      // the checkpoint covers exactly what is stored: neither behind (mail fetched twice) nor ahead (mail skipped)
      expect(snapshot.lastUid ?? 0, `kill ${i + 1}`).toBe(snapshot.stored);
      atKill.push(snapshot.stored);
      await a.kill();
      const restarting = performance.now();
      await a.restart();
      restartSeconds += (performance.now() - restarting) / 1000;
    }
    await waitForRows(a.page, 'messages', (n) => n >= MESSAGES, 90_000);
    const seconds = (performance.now() - started) / 1000;

    const ids = await indexKeys(a.page, 'messages', 'messageId');
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const expected = Array.from({ length: MESSAGES }, (_, i) => `kill-${i}@blindcopy.test`);
    const found = expected.filter((id) => counts.has(id)).length;
    const duplicated = [...counts.values()].filter((n) => n > 1).length;
    const unexpected = [...counts.keys()].filter((id) => !expected.includes(id)).length;
    console.info(
      `resilience, app killed: ${atKill.length} SIGKILLs (${inAckWindow} between commit and ack; seed ${SEED}) at ${atKill.join(', ')} messages, ${restartSeconds.toFixed(1)} s of restarts; messages expected ${MESSAGES}, found ${found}, duplicated ${duplicated}, unexpected ${unexpected}; ${seconds.toFixed(1)} s`,
    );

    // every kill came mid-mirror, and the mirror moved on after each restart
    expect(atKill).toHaveLength(KILLS);
    expect(atKill.every((n, i) => n < MESSAGES && n > (atKill[i - 1] ?? -1))).toBe(true);
    expect(found).toBe(MESSAGES);
    expect(duplicated).toBe(0);
    expect(unexpected).toBe(0);
    expect(ids).toHaveLength(MESSAGES);
    expect(await countRows(a.page, 'rejected')).toBe(0);
    expect(a.pageErrors).toEqual([]);
  }, 300_000);
});
