/**
 * R8.3 two app instances on one account, each with its own database, kept in sync through the
 * account's sync folder: what one does shows on the other, and what both did while offline merges
 * the way the rules say (per field the newer clock; a manual link or unlink outranks an automatic
 * one; between manual decisions the newer clock). Changes go through the UI: the Deals view and
 * the inbox's link panel. Nothing is timed: every step waits for what it needs to see.
 */
import { describe, expect, it } from 'vitest';
import { ANGEBOT, OFFER, X, Y, useTwoDevices } from './twoDevices';
import type { Dump } from '../../support/browser/devices/pageDump';
import { inboxPage } from '../inbox/inboxPage';
import { converged } from './converge';
import { crmDump, threadBySubject } from './crmDump';
import { createDeal, editField, editValue, itemDetail, linkByHand, openDeal, openView, unlinkByHand } from './crmSteps';
import { threadMail } from './mail';

const { stack, sam, crm, devices } = useTwoDevices();

const TRAINING = 'Training dates';

const dealByTitle = (dump: Dump, title: string) => (dump.deals ?? []).find((d) => d.title === title);

describe('R8.3 two devices on one account', () => {
  it('R8.3 a deal created and a thread linked on A appear on B', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    await Promise.all([a, b].map((d) => d.waitForDump((dump) => (dump.messages ?? []).length === 2, { what: 'the drop box mirrored' })));

    await createDeal(a.page, X);
    await linkByHand(a.page, OFFER, X);

    // B: the deal on its Deals page, and the conversation's link in its inbox and its panel
    await openView(b.page, 'Deals');
    await b.page.getByTestId('item-row').filter({ hasText: X }).waitFor({ timeout: 30_000 });
    await openView(b.page, 'Inbox');
    const inbox = inboxPage(b.page);
    await inbox.row(OFFER).getByTestId('row-item').getByText(X).waitFor({ timeout: 30_000 });
    await inbox.open(OFFER);
    await inbox.panel.getByTestId('linked-item').getByTestId('link-reason').getByText('Linked by you').waitFor();

    const [dumpA, dumpB] = await Promise.all([crmDump(a), crmDump(b)]);
    expect(dumpB.deals).toEqual(dumpA.deals);
    expect(threadBySubject(dumpB, OFFER).link).toEqual(threadBySubject(dumpA, OFFER).link);
  });

  it('R8.3 R4.11 both offline edit one deal and link the same threads differently; online again, both show what the rules say', async () => {
    const a = devices.device('A');
    const b = devices.device('B');
    // before: a second deal (Y), and a third conversation, not linked, on both
    await createDeal(a.page, Y);
    await stack.deliver(crm.address, threadMail({ id: `training-1@${stack.domain}`, from: `Sam Seller <${sam.address}>`, to: 'Jane Roe <jane.roe@customer.example>', subject: TRAINING }));
    for (const d of [a, b]) {
      await d.waitForDump((dump) => dealByTitle(dump, Y) !== undefined && (dump.messages ?? []).length === 3, { what: 'deal Y and the third conversation' });
    }
    const token = String(dealByTitle(await b.dump(), Y)?.token);

    await a.goOffline();
    await b.goOffline();
    await Promise.all([a, b].map((d) => d.page.getByTestId('offline').waitFor({ timeout: 20_000 })));

    // A first (its clocks are the older ones): X's title and value; two conversations linked to X by hand
    await openDeal(a.page, X);
    await editField(a.page, 'Title', 'Rollout 2026');
    await editValue(a.page, '1000', '€1,000.00');
    await linkByHand(a.page, ANGEBOT, 'Rollout 2026');
    await linkByHand(a.page, TRAINING, 'Rollout 2026');

    // then B: X's stage and value (newer); the same conversation to Y by hand; the offer unlinked by hand
    await openDeal(b.page, X);
    await editField(b.page, 'Stage', 'Negotiation');
    await editValue(b.page, '2000', '€2,000.00');
    await linkByHand(b.page, ANGEBOT, Y);
    await unlinkByHand(b.page, OFFER);

    // B online alone: a reply in the training thread comes to Y's own address (R1.4), and B links
    // it automatically, later than A's manual link
    await b.goOnline();
    const [local, domain] = crm.address.split('@');
    await stack.deliver(
      `${local}+${token}@${domain}`,
      threadMail({ id: `training-2@${stack.domain}`, inReplyTo: `training-1@${stack.domain}`, from: `Sam Seller <${sam.address}>`, to: 'Jane Roe <jane.roe@customer.example>', subject: `Re: ${TRAINING}` }),
      { from: sam.address },
    );
    await b.waitForDump((dump) => {
      const training = (dump.threads ?? []).find((t) => t.subject === TRAINING);
      return training?.messageCount === 2 && (training.link as { reason?: { kind?: string } } | undefined)?.reason?.kind === 'item-address';
    }, { what: 'the reply linked by Y’s address' });

    await a.goOnline();
    const [dumpA = {}, dumpB] = await converged([a, b]);
    expect(dumpA).toEqual(dumpB);

    // per field, the newer clock: A's title (B left it alone), B's stage (A left it alone), B's value (newer)
    const x = dealByTitle(dumpA, 'Rollout 2026');
    expect({ title: x?.title, stage: x?.stage, value: x?.value, currency: x?.currency }).toEqual({ title: 'Rollout 2026', stage: 'Negotiation', value: 2000, currency: 'EUR' });
    const y = dealByTitle(dumpA, Y);
    const linkOf = (subject: string) => {
      const t = threadBySubject(dumpA, subject);
      const link = t.link as { kind: string; itemId: string; reason: { kind: string } } | undefined;
      return { item: link ? `${link.kind}:${link.itemId}` : null, reason: link?.reason.kind ?? null, manualUnlink: t.manualUnlink ?? false };
    };
    // two manual decisions: the newer (B's) wins, link or unlink
    expect(linkOf(ANGEBOT)).toEqual({ item: `deal:${String(y?.id)}`, reason: 'manual', manualUnlink: false });
    expect(linkOf(OFFER)).toEqual({ item: null, reason: null, manualUnlink: true });
    // manual outranks automatic whatever the clocks: A's manual link beats B's newer automatic one,
    // which both hold (under the reply's key, as B's capture named the thread)
    const state = (key: string) => (dumpA.replicaState ?? []).find((r) => r.key === key)?.value as { manual?: { clock: string }; automatic?: { clock: string; value: unknown } } | undefined;
    const manualByA = state(`thread:mid:training-1@${stack.domain}`)?.manual;
    const automaticByB = state(`thread:mid:training-2@${stack.domain}`)?.automatic;
    expect(automaticByB?.value).toMatchObject({ item: `deal:${String(y?.id)}`, manual: false });
    expect(String(automaticByB?.clock) > String(manualByA?.clock)).toBe(true);
    expect(linkOf(TRAINING)).toEqual({ item: `deal:${String(x?.id)}`, reason: 'manual', manualUnlink: false });

    // and both show it
    for (const d of [a, b]) {
      await openDeal(d.page, 'Rollout 2026');
      await itemDetail(d.page).getByTestId('deal-value').getByText('€2,000.00', { exact: true }).waitFor();
      await itemDetail(d.page).getByText('Negotiation', { exact: true }).waitFor();
      await openView(d.page, 'Inbox');
      const inbox = inboxPage(d.page);
      await inbox.row(ANGEBOT).getByTestId('row-item').getByText(Y).waitFor();
      await inbox.row(TRAINING).getByTestId('row-item').getByText('Rollout 2026').waitFor();
      await inbox.row(OFFER).getByTestId('row-unlinked').waitFor();
    }
    expect(devices.devices.flatMap((d) => d.pageErrors)).toEqual([]);
  });
});
