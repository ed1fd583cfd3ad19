/**
 * Layouts that hold (issue 20) with a long thread open, in real Chromium against the real core
 * and capture: the document itself never scrolls (only the app's panes do; visually hidden
 * labels stay inside the scroll area that holds them), and the HTML mail frame is as tall as
 * its content — no scrollbar inside it, the signature not cut off — also after the window
 * narrows. R10.2 for the frame; R10.5 for compose docked under the thread.
 */
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { inboxPage } from './inboxPage';
import { htmlMail, plainMail, type Party } from './mail';

const jane: Party = { name: 'Jane Roe', address: 'jane.roe@customer.example' };
const SUBJECT = 'Site survey for the new warehouse';
const SIGNATURE = 'Sam Seller · Harbor Logistics · +49 40 1234567';
const hour = 3600_000;

/** A long newsletter-like HTML mail: paragraphs, a table, a sized image, a signature at the very end. */
function longHtml(): string {
  const paragraphs = Array.from({ length: 14 }, (_, i) => `<p>Point ${i + 1}: the crane rails, the loading bays and the access road were measured again; the figures are in the table below.</p>`).join('\n');
  const rows = Array.from({ length: 10 }, (_, i) => `<tr><td>Bay ${i + 1}</td><td>${12 + i} m</td><td>${(4.5 + i / 10).toFixed(1)} t</td></tr>`).join('');
  const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
  return `<!doctype html><html><head><style>.sig { margin-top: 24px; color: #555; }</style></head><body>
<h1>Survey results</h1>
${paragraphs}
<table border="1"><thead><tr><th>Bay</th><th>Width</th><th>Load</th></tr></thead><tbody>${rows}</tbody></table>
<p><img src="${pixel}" width="300" height="120" alt="Site plan"></p>
<div class="sig"><p>Best regards,</p><p id="signature">${SIGNATURE}</p></div>
</body></html>`;
}

const { h } = useAppWithAccount({
  beforeStart: async ({ stack, sam, crm }) => {
    const me: Party = { name: 'Sam Seller', address: sam.address };
    const d = stack.domain;
    const count = 8;
    for (let i = 1; i <= count; i += 1) {
      const o = {
        from: me,
        to: [jane],
        bcc: crm.address,
        subject: i === 1 ? SUBJECT : `Re: ${SUBJECT}`,
        date: new Date(Date.now() - (count + 1 - i) * hour),
        messageId: `survey-${i}@${d}`,
        ...(i > 1 ? { inReplyTo: `survey-${i - 1}@${d}` } : {}),
      };
      const text = `Message ${i} about the site survey.\n\n${'The warehouse needs a second look at the loading bays. '.repeat(6)}\n\nSam`;
      const raw = i === count ? htmlMail(o, text, longHtml()) : plainMail(o, text);
      await stack.deliver(crm.address, raw, { from: sam.address });
    }
  },
});

/** The document's own scroll range: 0 when only the app's panes scroll. */
const documentOverflow = () => h.page.evaluate(() => {
  const root = document.scrollingElement ?? document.documentElement;
  return { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
});

/** The last mail frame's height against its content's, read through the frame's same-origin document. */
const frameFit = () => h.page.evaluate(() => {
  const frames = document.querySelectorAll<HTMLIFrameElement>('[data-testid="mail-frame"]');
  const frame = frames[frames.length - 1];
  const doc = frame?.contentDocument;
  if (!frame || !doc) return undefined;
  const signature = doc.getElementById('signature')?.getBoundingClientRect();
  return {
    frameHeight: frame.clientHeight,
    contentHeight: doc.body.scrollHeight,
    innerScrollHeight: doc.documentElement.scrollHeight,
    innerClientHeight: doc.documentElement.clientHeight,
    signatureBottom: signature ? signature.bottom : -1,
  };
});

async function expectNoDocumentScroll(): Promise<void> {
  const o = await documentOverflow();
  expect(o.scrollHeight).toBeLessThanOrEqual(o.clientHeight);
  expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
}

async function expectFrameFitsContent(): Promise<void> {
  await expect.poll(async () => {
    const fit = await frameFit();
    return fit ? Math.abs(fit.frameHeight - fit.contentHeight) : Infinity;
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const fit = await frameFit();
  expect(fit).toBeDefined();
  if (!fit) return;
  // no scrollbar inside the frame, and the signature inside its box
  expect(fit.innerScrollHeight).toBeLessThanOrEqual(fit.innerClientHeight);
  expect(fit.signatureBottom).toBeGreaterThan(0);
  expect(fit.signatureBottom).toBeLessThanOrEqual(fit.frameHeight);
  // taller than the old fixed cap: the frame follows the mail, not a guess
  expect(fit.frameHeight).toBeGreaterThan(720);
}

describe('a long thread open', () => {
  it('the document never scrolls: only the thread pane does, to its very end', async () => {
    const ui = inboxPage(h.page);
    await ui.waitForRows(1);
    await ui.open(SUBJECT);
    await h.page.getByTestId('mail-frame').waitFor();
    await expectNoDocumentScroll();

    // every message open, the thread scrolled to its end: still only the pane scrolls
    const collapsed = ui.thread.locator('.message.is-collapsed');
    for (let left = await collapsed.count(); left > 0; left = await collapsed.count()) {
      await collapsed.first().locator('.message-summary').click();
      await expect.poll(() => collapsed.count()).toBe(left - 1);
    }
    await ui.thread.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expectNoDocumentScroll();
    const pane = await ui.thread.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollTop: el.scrollTop }));
    expect(pane.scrollHeight).toBeGreaterThan(pane.clientHeight);
    expect(pane.scrollTop).toBeGreaterThan(0);
    await h.screenshot('layout-1-long-thread-no-document-scroll');

    // with compose docked under the thread too
    await ui.thread.locator('.thread-title').click({ force: true });
    await h.page.keyboard.press('r');
    await h.page.getByRole('dialog', { name: 'Reply' }).getByLabel('Message', { exact: true }).waitFor();
    await expectNoDocumentScroll();
    await h.screenshot('layout-2-long-thread-with-compose');
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('compose').waitFor({ state: 'detached' });
    expect(h.pageErrors).toEqual([]);
  });

  it('R10.2 the mail frame is as tall as its content, signature included, also after the window narrows', async () => {
    await expectFrameFitsContent();
    await h.page.getByTestId('mail-frame').last().scrollIntoViewIfNeeded();
    await h.page.locator('[data-testid="mail-frame"]').last().evaluate((frame) => frame.scrollIntoView({ block: 'end' }));
    await h.screenshot('layout-3-mail-frame-content-height');
    const wide = await frameFit();

    await h.page.setViewportSize({ width: 900, height: 800 });
    await expectFrameFitsContent();
    const narrow = await frameFit();
    // narrower text wraps into more lines: the frame grew with it
    expect(narrow?.frameHeight ?? 0).toBeGreaterThan(wide?.frameHeight ?? Infinity);
    await expectNoDocumentScroll();
    await h.page.setViewportSize({ width: 1280, height: 800 });
    expect(h.pageErrors).toEqual([]);
  });
});
