/**
 * Fills the app's IndexedDB with many synthetic threads, straight through IndexedDB in the page
 * (the scale test needs 100,000; capture at that volume would test the mail stack, not the list).
 * Rows have the shape and derived index fields of the store's rows (db/records.ts): a thread and
 * the search words of its one message and their posting lists (db/wordPostings.ts: every key in
 * sealed chunks, the open chunk empty); and the thread counters the database's middleware would
 * have kept (db/threadCounts.ts), which a write past Dexie does not.
 */
import type { Page } from 'playwright-core';

/** A person the seeded threads are all with (their counterparty), for a record's page. */
export interface SeedPerson {
  id: string;
  name: string;
  address: string;
}

export async function seedThreads(page: Page, count: number, person?: SeedPerson): Promise<{ ms: number; ownerId: string }> {
  return page.evaluate(async ({ total, person }) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blindcopy');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const ownerId = await new Promise<string>((resolve, reject) => {
      const get = db.transaction('settings').objectStore('settings').get('userId');
      get.onsuccess = () => resolve((get.result as { value: string }).value);
      get.onerror = () => reject(get.error);
    });
    const now = Date.now();
    const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne'];
    const chunk = 5000;
    // word → its messages' keys (date, n, ...), written after the threads
    const postings = new Map<string, number[]>();
    const shared = (i: number) => i % 5 === 0;
    for (let start = 0; start < total; start += chunk) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['threads', 'wordIndex', 'persons', 'threadCounts'], 'readwrite');
        const store = tx.objectStore('threads');
        const words = tx.objectStore('wordIndex');
        if (person && start === 0) {
          const keys = [person.name.toLowerCase(), ...person.name.toLowerCase().split(' ')];
          tx.objectStore('persons').add({ id: person.id, name: person.name, emails: [person.address], ownerId, createdAt: now - 1e10, updatedAt: now - 1e10, nameKeys: keys });
        }
        for (let i = start; i < Math.min(total, start + chunk); i += 1) {
          const company = companies[i % companies.length] ?? 'Acme';
          const address = person?.address ?? `buyer${i}@${company.toLowerCase()}.example`;
          const subject = `Proposal ${i} for ${company}`;
          const id = `seed-${String(i).padStart(6, '0')}`;
          const date = now - (i + 1) * 60_000;
          const messageWords = ['proposal', String(i), 'for', company.toLowerCase(), 'buyer', `buyer${i}`];
          words.add({ date, n: i, threadId: id, id: `${id}-m1`, words: messageWords.join(' ') });
          for (const word of messageWords) {
            const keys = postings.get(word) ?? [];
            keys.push(date, i);
            postings.set(word, keys);
          }
          store.add({
            id,
            ownerId,
            subject,
            subjectKey: subject.toLowerCase(),
            counterparties: [address],
            participants: [{ address, name: person?.name ?? `Buyer ${i} (${company})` }],
            personIds: person ? [person.id] : [],
            organizationIds: [],
            personKeys: person ? [[person.id, date]] : [],
            organizationKeys: [],
            firstDate: date,
            lastDate: date,
            messageCount: 1 + (i % 4),
            snippet: `Thanks for the call about ${company}; here is proposal number ${i}.`,
            visibility: shared(i) ? 'shared' : 'private',
            candidates: [],
            auth: i % 3 === 0 ? 'pass' : 'none',
            refIds: [`seed-${i}@example`],
            linked: 0,
          });
        }
        const end = Math.min(total, start + chunk);
        let sharedHere = 0;
        for (let i = start; i < end; i += 1) if (shared(i)) sharedHere += 1;
        const counts = tx.objectStore('threadCounts');
        for (const [visibility, n] of [['shared', sharedHere], ['private', end - start - sharedHere]] as const) {
          const get = counts.get([ownerId, 0, visibility]);
          get.onsuccess = () => counts.put({ ownerId, linked: 0, visibility, n: ((get.result as { n?: number } | undefined)?.n ?? 0) + n });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('wordPostings', 'readwrite');
      const store = tx.objectStore('wordPostings');
      const size = 1024; // db/wordPostings CHUNK (any size reads the same; this keeps rows small)
      for (const [word, keys] of postings) {
        let sealed = 0;
        for (let at = 0; at < keys.length; at += size * 2) store.put({ word, k: (sealed += 1), keys: Float64Array.from(keys.slice(at, at + size * 2)) });
        store.put({ word, k: 0, keys: new Float64Array(0), sealed });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return { ms: performance.now() - started, ownerId };
  }, { total: count, person });
}
