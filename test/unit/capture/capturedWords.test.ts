/**
 * CapturedMessage.words: the capture worker computes a message's search words and the store
 * indexes them as they come, joined by single spaces, so the contract bounds them
 * (shared/domain/mail.ts) — and the bounds must never refuse what searchWords itself produces.
 * understandMessage fills them with exactly what the store would compute from the message.
 */
import { describe, expect, it } from 'vitest';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { CapturedMessageSchema, type CapturedMessage } from '../../../shared/domain/mail';
import { messageWords } from '../../../shared/text/messageWords';
import { joinWords, MAX_WORD_LENGTH, MAX_WORDS, searchWords, splitWords } from '../../../shared/text/searchWords';
import { captured, context, DROPBOX, forwardAsAttachment, OWNER, rawMessage, textMessage } from './support';

const valid: CapturedMessage = {
  messageId: 'm1@seller.example',
  source: { sourceId: 'dropbox', uidValidity: 1, uid: 1 },
  sourceKind: 'dropbox',
  owner: OWNER,
  direction: 'outgoing',
  from: { address: OWNER },
  to: [{ address: 'jane@customer.example' }],
  cc: [],
  date: 0,
  subject: 'Offer',
  references: [],
  text: 'Hello',
  itemTokens: [],
  auth: { dkim: 'none', spf: 'none', from: 'none', verdict: 'none' },
  attachments: [],
  size: 10,
};

/** The first issue's path when `words` is refused, undefined when accepted. */
function refusedAt(words: unknown): string | undefined {
  const parsed = CapturedMessageSchema.safeParse({ ...valid, words });
  return parsed.success ? undefined : parsed.error.issues[0]?.path.join('.');
}

describe('CapturedMessage.words: the contract', () => {
  it('is optional, and takes words joined by single spaces up to the bounds', () => {
    expect(CapturedMessageSchema.safeParse(valid).success).toBe(true);
    expect(refusedAt('')).toBeUndefined();
    expect(refusedAt('offer jane@customer.example')).toBeUndefined();
    expect(refusedAt(joinWords(Array.from({ length: MAX_WORDS }, (_v, i) => `w${i}`)))).toBeUndefined();
    expect(refusedAt(`offer ${'x'.repeat(MAX_WORD_LENGTH)}`)).toBeUndefined();
  });

  it('refuses what is not a string of non-empty words, naming the field', () => {
    expect(refusedAt(['offer', 'jane'])).toBe('words');
    expect(refusedAt(42)).toBe('words');
    expect(refusedAt('offer  jane')).toBe('words');
    expect(refusedAt(' offer')).toBe('words');
    expect(refusedAt('offer ')).toBe('words');
    expect(refusedAt(' ')).toBe('words');
  });

  it('refuses too many words and too long a word, naming the field', () => {
    expect(refusedAt(joinWords(Array.from({ length: MAX_WORDS + 1 }, (_v, i) => `w${i}`)))).toBe('words');
    expect(refusedAt(`offer ${'x'.repeat(MAX_WORD_LENGTH + 1)}`)).toBe('words');
  });

  it('joined and split again, the words are the same list (no word holds a space)', () => {
    const words = searchWords('Grüezi Jane <jane@customer.example>, the 2 offers\u00a0are\tattached.\n\nBest, Sam');
    expect(words).toEqual(expect.arrayContaining(['gruezi', 'jane@customer.example', 'offers', 'are', 'attached']));
    expect(splitWords(joinWords(words))).toEqual(words);
    expect(splitWords('')).toEqual([]);
  });

  it('never refuses what searchWords makes, even of text built to stretch it', () => {
    const texts = {
      'one endless ASCII word': 'a'.repeat(50_000),
      'one endless word that folding stretches six-fold (U+3316)': '\u3316'.repeat(50_000),
      'the character folding stretches most (U+FDFA)': '\uFDFA'.repeat(50_000),
      'an endless address': `${'x'.repeat(20_000)}@${'y'.repeat(20_000)}.com`,
      'more distinct words than the cap': Array.from({ length: 5_000 }, (_v, i) => `word${i}`).join(' '),
      'accents and marks only': 'e\u0301\u0301\u0301'.repeat(20_000),
    };
    for (const [what, text] of Object.entries(texts)) {
      const words = searchWords(text);
      expect(words.length, what).toBeGreaterThan(0);
      expect(refusedAt(joinWords(words)), what).toBeUndefined();
      expect(splitWords(joinWords(words)), what).toEqual(words);
    }
    // the stretched word is far longer than its text's slice, and still inside the bound
    expect(Math.max(...searchWords('\u3316'.repeat(50_000)).map((w) => w.length))).toBeGreaterThan(20_000);
  });
});

describe('understandMessage fills CapturedMessage.words', () => {
  /** Exactly what the store computes from the row it stores (renderer/src/db/derivedFields wordRow). */
  const storeWords = (m: CapturedMessage) => messageWords({ subject: m.subject, text: m.text, from: m.from, to: m.to, cc: m.cc });

  it('with the words the store would compute from the message', async () => {
    const raw = textMessage({
      from: `Sam Seller <${OWNER}>`,
      to: `Jane Roë <jane@customer.example>, ${DROPBOX}`,
      subject: 'Angebot für Flottenerneuerung',
      messageId: '<m1@seller.example>',
      text: 'Grüezi aus München, the quote is attached.',
    });
    const message = captured(await understandMessage(raw, context()));
    expect(message.words).toEqual(joinWords(storeWords(message)));
    expect(splitWords(message.words ?? '')).toEqual(expect.arrayContaining(['angebot', 'roe', 'gruezi', 'munchen', 'jane@customer.example']));
    // the drop box is left out of To, so its address is no search word
    expect(splitWords(message.words ?? '')).not.toContain(DROPBOX);
  });

  it('of a forwarded reply: from its author, recipients and text, not the forward', async () => {
    const reply = rawMessage(
      [
        ['From', 'John Doe <john.doe@acme.com>'],
        ['To', `Sam Seller <${OWNER}>`],
        ['Subject', 'Re: Offer'],
        ['Message-ID', '<reply-1@acme.com>'],
        ['Date', 'Tue, 14 May 2024 08:30:00 +0200'],
        ['Content-Type', 'text/plain'],
      ],
      'We accept the offer.',
    );
    const raw = forwardAsAttachment({ from: `Sam Seller <${OWNER}>`, to: DROPBOX, subject: 'Fwd: Re: Offer', messageId: '<fwd-1@seller.example>', text: 'See below, zanzibar.' }, reply);
    const message = captured(await understandMessage(raw, context()));
    expect(message.from.address).toBe('john.doe@acme.com');
    expect(message.words).toEqual(joinWords(storeWords(message)));
    expect(splitWords(message.words ?? '')).toContain('accept');
    expect(splitWords(message.words ?? '')).not.toContain('zanzibar');
  });

  it('of a long body: only the indexed part of its text, as the store does', async () => {
    const raw = textMessage({ from: `Sam Seller <${OWNER}>`, to: 'jane@customer.example', subject: 'Long', messageId: '<long@seller.example>', text: `${'filler '.repeat(4_000)}farewell` });
    const message = captured(await understandMessage(raw, context()));
    expect(message.words).toEqual(joinWords(storeWords(message)));
    expect(splitWords(message.words ?? '')).not.toContain('farewell');
  });
});
