/**
 * R2.4 what compose prepares for reply, reply-all and forward of a captured message, and R2.1
 * the deal the thread is linked to taking the CRM copy: compose's own wiring of the shared rules,
 * against the real CRM store (on fake IndexedDB; the thread view that calls `openCompose({ replyTo })`
 * is another view's).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlindcopyApi } from '../../../shared/ipc/contract';
import { itemAddress } from '../../../shared/rules/itemAddress';
import type { DealRow } from '../../../renderer/src/db/records';
import type { AccountFacts } from '../../../renderer/src/views/compose/accountFacts';
import { buildMessage } from '../../../renderer/src/views/compose/buildMessage';
import { prepareDraft, type PrepareContext } from '../../../renderer/src/views/compose/prepareDraft';
import { batch, DROPBOX, harness, mail, OWN, reply, type Harness } from '../../unit/store/builders';

const facts: AccountFacts = {
  primary: OWN,
  displayName: 'Sam Seller',
  senders: [OWN, 'sam@acme.org'],
  autoBcc: 'always',
  companyBcc: DROPBOX,
  dropboxAddresses: [DROPBOX],
  delimiter: '+',
  ours: { own: [OWN, 'sam@acme.org'], dropbox: [DROPBOX], delimiter: '+' },
};
const noCore = { invoke: () => Promise.reject(new Error('not used')), on: () => () => undefined } as unknown as BlindcopyApi;

let h: Harness;
let deal: DealRow;
let ctx: PrepareContext;
let threadId = '';
let janeRowId = '';

beforeAll(async () => {
  h = await harness();
  deal = await h.store.createDeal({ title: 'Harbor cranes' });
  const first = mail(1, { itemTokens: [deal.token], subject: 'Offer', to: [{ address: 'jane@customer.test', name: 'Jane Roe' }] });
  // Jane answers to Sam and her colleague Ola, with the drop box in Cc (forwarded reply, R3.2)
  const answer = reply(2, first, {
    direction: 'incoming',
    from: { address: 'jane@customer.test', name: 'Jane Roe' },
    to: [{ address: OWN }],
    cc: [{ address: 'ola@customer.test', name: 'Ola' }, { address: DROPBOX }, { address: `crm+${deal.token}@acme.com` }],
    text: 'Thanks, Sam.\nCan you do May?',
  });
  await h.store.applyBatch(batch([first, answer]));
  const row = (await h.db.messages.toArray()).find((m) => m.messageId === answer.messageId);
  threadId = row?.threadId ?? '';
  janeRowId = row?.id ?? '';
  ctx = { store: h.store, api: noCore, facts, formatDate: (ms) => new Date(ms).toISOString() };
});

describe('R2.4 reply, reply-all and forward from a thread', () => {
  it('reply: to the author, Re: subject, quoted text, In-Reply-To/References, the thread’s deal gets the copy', async () => {
    const draft = await prepareDraft({ replyTo: { threadId, messageRowId: janeRowId, mode: 'reply' } }, ctx);
    expect(draft.to).toEqual([{ address: 'jane@customer.test', name: 'Jane Roe' }]);
    expect(draft.cc).toEqual([]);
    expect(draft.subject).toBe('Re: Offer');
    expect(draft.text).toContain('Jane Roe <jane@customer.test> wrote:');
    expect(draft.text).toContain('> Thanks, Sam.\n> Can you do May?');
    expect(draft.inReplyTo).toBe('m2@mail.acme.com');
    expect(draft.references).toEqual(['m1@mail.acme.com', 'm2@mail.acme.com']);
    expect(draft.item).toMatchObject({ kind: 'deal', id: deal.id, title: 'Harbor cranes' });

    const message = buildMessage(draft, facts);
    expect(message.crmBcc).toBe(itemAddress(DROPBOX, deal.token));
    expect(message.bcc).toEqual([]);
    expect(message.html).toContain('<blockquote');
    expect(message.html).not.toContain('<script');
  });

  it('reply-all: the others in Cc, never us, the drop box or an item address', async () => {
    const draft = await prepareDraft({ replyTo: { threadId, messageRowId: janeRowId, mode: 'reply-all' } }, ctx);
    expect(draft.to.map((m) => m.address)).toEqual(['jane@customer.test']);
    expect(draft.cc.map((m) => m.address)).toEqual(['ola@customer.test']);
    expect(draft.showCc).toBe(true);
  });

  it('forward: no recipients, Fwd: subject, the forwarded block, threaded', async () => {
    const draft = await prepareDraft({ replyTo: { threadId, messageRowId: janeRowId, mode: 'forward' } }, ctx);
    expect(draft.to).toEqual([]);
    expect(draft.subject).toBe('Fwd: Re: Offer');
    expect(draft.text).toContain('---------- Forwarded message ---------');
    expect(draft.text).toContain('From: Jane Roe <jane@customer.test>');
    expect(draft.inReplyTo).toBe('m2@mail.acme.com');
  });

  it('a message that is gone says so', async () => {
    await expect(prepareDraft({ replyTo: { threadId, messageRowId: 'nope', mode: 'reply' } }, ctx)).rejects.toMatchObject({ name: 'Failure', code: 'message-missing' });
  });
});

describe('R10.5 composing from a record addresses its person', () => {
  it('from a deal or lead: its person at the primary address; named recipients win; without a person, none', async () => {
    const person = await h.store.createPerson({ name: 'Kari Holm', emails: ['kari@harbor.test', 'k.holm@harbor.test'] });
    const withPerson = await h.store.createDeal({ title: 'Quay extension', personId: person.id });
    const lead = await h.store.createLead({ title: 'Dry dock', personId: person.id });
    const fromDeal = await prepareDraft({ item: { kind: 'deal', id: withPerson.id } }, ctx);
    expect(fromDeal.to).toEqual([{ address: 'kari@harbor.test', name: 'Kari Holm' }]);
    expect(fromDeal.item).toMatchObject({ kind: 'deal', id: withPerson.id });
    expect(buildMessage(fromDeal, facts).crmBcc).toBe(itemAddress(DROPBOX, withPerson.token));

    const fromLead = await prepareDraft({ item: { kind: 'lead', id: lead.id } }, ctx);
    expect(fromLead.to).toEqual([{ address: 'kari@harbor.test', name: 'Kari Holm' }]);

    const named = await prepareDraft({ item: { kind: 'deal', id: withPerson.id }, to: [{ address: 'ola@harbor.test' }] }, ctx);
    expect(named.to).toEqual([{ address: 'ola@harbor.test' }]);

    const alone = await prepareDraft({ item: { kind: 'deal', id: deal.id } }, ctx);
    expect(alone.to).toEqual([]);
  });
});

describe('R2.1 the CRM copy', () => {
  it('composing from a deal uses its address; in "never" mode too; "ask" asks for the company copy', async () => {
    const fromDeal = await prepareDraft({ item: { kind: 'deal', id: deal.id }, to: [{ address: 'jane@customer.test' }] }, ctx);
    expect(buildMessage(fromDeal, { ...facts, autoBcc: 'never' }).crmBcc).toBe(itemAddress(DROPBOX, deal.token));

    const plain = await prepareDraft({ to: [{ address: 'jane@customer.test' }] }, ctx);
    expect(buildMessage(plain, facts).crmBcc).toBe(DROPBOX);
    expect(buildMessage(plain, { ...facts, autoBcc: 'never' }).crmBcc).toBeUndefined();
    expect(buildMessage(plain, { ...facts, autoBcc: 'ask' }).crmBcc).toBe(DROPBOX);
    expect(buildMessage({ ...plain, companyCopy: false }, { ...facts, autoBcc: 'ask' }).crmBcc).toBeUndefined();
    expect(buildMessage(plain, facts).from).toEqual({ address: OWN, name: 'Sam Seller' });
  });
});
