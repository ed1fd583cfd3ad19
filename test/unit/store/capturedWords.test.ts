/**
 * Search words that come with a captured message (computed by the capture worker) are the ones
 * the store indexes; a message without them gets words computed by the store, as before. Either
 * way they live in the word row, never in the message row.
 */
import { describe, expect, it } from 'vitest';
import { messageWords } from '../../../shared/text/messageWords';
import { joinWords } from '../../../shared/text/searchWords';
import { batch, harness, mail } from './builders';

describe('applyBatch: the search words of captured mail', () => {
  it('indexes the words a captured message brings, not words of its own text', async () => {
    const { db, store } = await harness();
    // words its text does not hold, and none of the words its text does: only the list is used
    const sent = mail(1, { text: 'Quarterly pricing attached', words: 'zeppelin hindenburg' });
    await store.applyBatch(batch([sent]));

    const [row] = await db.wordQueue.toArray();
    expect(row?.words).toBe('zeppelin hindenburg');
    const [thread] = await db.threads.toArray();
    expect((await store.queries.search({ query: 'zeppelin' })).map((t) => t.id)).toEqual([thread?.id]);
    expect(await store.queries.search({ query: 'quarterly' })).toEqual([]);

    // and still so once the indexer moved them to the index
    while ((await store.indexPendingWords()) > 0);
    expect(await db.wordQueue.count()).toBe(0);
    expect((await db.wordIndex.toArray()).map((r) => r.words)).toEqual(['zeppelin hindenburg']);
    expect((await store.queries.search({ query: 'hindenburg' })).map((t) => t.id)).toEqual([thread?.id]);
  });

  it('computes the words of a message that comes without them', async () => {
    const { db, store } = await harness();
    const plain = mail(1, { text: 'Quarterly pricing attached' });
    expect(plain.words).toBeUndefined();
    await store.applyBatch(batch([plain]));

    const [message] = await db.messages.toArray();
    const [row] = await db.wordQueue.toArray();
    expect(row?.words).toBe(joinWords(messageWords(message!)));
    expect(row?.words).toContain('quarterly');
    expect(await store.queries.search({ query: 'quarterly' })).toHaveLength(1);
  });

  it('a batch mixing both: each message gets its own words, by row', async () => {
    const { db, store } = await harness();
    await store.applyBatch(batch([mail(1, { subject: 'First', words: 'zeppelin' }), mail(2, { subject: 'Second' }), mail(3, { subject: 'Third', words: 'airship' })]));
    const messages = await db.messages.toArray();
    const bySubject = new Map(messages.map((m) => [m.subject, m.id]));
    const words = new Map((await db.wordQueue.toArray()).map((r) => [r.id, r.words]));
    expect(words.get(bySubject.get('First')!)).toBe('zeppelin');
    expect(words.get(bySubject.get('Second')!)).toBe(joinWords(messageWords(messages.find((m) => m.subject === 'Second')!)));
    expect(words.get(bySubject.get('Third')!)).toBe('airship');
  });

  it('rows queued by an earlier version, words as a list, are still found and indexed', async () => {
    const { db, store } = await harness();
    await store.applyBatch(batch([mail(1, { words: 'zeppelin' })]));
    const [row] = await db.wordQueue.toArray();
    await db.wordQueue.put({ ...row!, words: ['zeppelin', 'graf'] });
    const [thread] = await db.threads.toArray();
    expect((await store.queries.search({ query: 'graf' })).map((t) => t.id)).toEqual([thread?.id]);
    while ((await store.indexPendingWords()) > 0);
    expect((await db.wordIndex.toArray()).map((r) => r.words)).toEqual([['zeppelin', 'graf']]);
    expect((await store.queries.search({ query: 'graf zep' })).map((t) => t.id)).toEqual([thread?.id]);
  });

  it('the message row does not keep the words (they are in its word row only)', async () => {
    const { db, store } = await harness();
    await store.applyBatch(batch([mail(1, { words: 'zeppelin' })]));
    const [message] = await db.messages.toArray();
    expect(message).toBeDefined();
    expect(Object.keys(message!)).not.toContain('words');
  });

  it('a batch applied again changes nothing, words included', async () => {
    const { db, store } = await harness();
    const b = batch([mail(1, { words: 'zeppelin' })]);
    await store.applyBatch(b);
    const before = await db.wordQueue.toArray();
    await store.applyBatch(b);
    expect(await db.wordQueue.toArray()).toEqual(before);
  });

  it('refuses a batch whose words do not fit the contract, naming the field, before touching the database', async () => {
    const { db, store } = await harness();
    const bad = batch([mail(1, { words: 'ok  doubled space' })]);
    await expect(store.applyBatch(bad)).rejects.toThrow(/captured\.0\.words/);
    expect(await db.messages.count()).toBe(0);
    expect(await db.wordQueue.count()).toBe(0);
  });
});
