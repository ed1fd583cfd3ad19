/**
 * Import and export (issue 22) in Chromium: a Google Contacts CSV chosen through the file input,
 * its columns and preview, the import and its report; the people exported as CSV (a download)
 * and that file imported again, every row now a duplicate by address (R4.2).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useAppWithAccount } from '../../support/browser/appWithAccount';
import { expectAccessible, openView, screenshotWhole } from './page';

const GOOGLE = fileURLToPath(new URL('../../fixtures/contacts/google-contacts.csv', import.meta.url));
const APPLE = fileURLToPath(new URL('../../fixtures/contacts/apple-contacts.vcf', import.meta.url));

const { h } = useAppWithAccount();

const page = () => h.page;
const importSection = () => page().getByTestId('import-section');
const previewRow = (text: string) => page().getByTestId('import-preview').getByTestId('import-row').filter({ hasText: text });

describe('import and export', () => {
  it('R4.2 a Google Contacts file: columns guessed, a preview of each row, the import and what it skipped', async () => {
    await openView(h, 'People');
    await page().getByRole('button', { name: 'Import / export' }).click();
    await page().getByRole('heading', { level: 2, name: 'Import and export' }).waitFor();

    await importSection().getByLabel('File to import').setInputFiles(GOOGLE);
    await importSection().getByText('google-contacts.csv · rows to import: 6').waitFor();
    expect(await page().getByRole('combobox', { name: 'What column “E-mail 1 - Value” holds' }).inputValue()).toBe('email');
    expect(await page().getByRole('combobox', { name: 'What column “Organization Name” holds' }).inputValue()).toBe('organization');
    await previewRow('Jürgen Müller').getByText('New person').waitFor();
    await previewRow('Contoso Ltd.').getByText('New organization').waitFor();
    await previewRow('Pizza Place').getByText('Skipped: no email address', { exact: false }).waitFor();
    await previewRow('Müller (old)').getByText('Skipped: j.mueller@mueller-soehne.example is in row 2 already').waitFor();
    expect(await page().getByTestId('import-counts').textContent()).toBe('New people: 3 · new organizations: 3 · skipped: 2');
    await screenshotWhole(h, 'transfer-0-import-preview');
    await expectAccessible(h);

    // a column the user says holds nothing: the organizations are no longer imported
    await page().getByRole('combobox', { name: 'What column “Organization Name” holds' }).selectOption('ignore');
    await page().getByTestId('import-counts').getByText('New people: 3 · new organizations: 0 · skipped: 3').waitFor();
    await page().getByRole('combobox', { name: 'What column “Organization Name” holds' }).selectOption('organization');
    await page().getByTestId('import-counts').getByText('New people: 3 · new organizations: 3 · skipped: 2').waitFor();

    await importSection().getByRole('button', { name: 'Import', exact: true }).click();
    const report = page().getByTestId('import-report');
    await report.getByText('People added: 3 · organizations added: 3 · rows skipped: 2').waitFor();
    expect(await report.getByTestId('import-skipped').getByRole('listitem').allTextContents()).toEqual([
      'Row 5: no email address (people are known by their address)',
      'Row 6: j.mueller@mueller-soehne.example is in row 2 already',
    ]);
    await screenshotWhole(h, 'transfer-1-import-report');
    await expectAccessible(h);

    await page().getByRole('button', { name: 'Back to the list' }).click();
    await page().getByTestId('persons-list').getByText('Åsa Lindqvist').waitFor();
  });

  it('R4.2 people exported as CSV (a download) and imported again are all found by address', async () => {
    await page().getByRole('button', { name: 'Import / export' }).click();
    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'People (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^blindcopy-persons-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFName,Email,Other emails,Organization,Created,Conversations,Last conversation,Conversation subjects');
    expect(text).toContain('Åsa Lindqvist,asa@nordictrade.example,asa.lindqvist@gmail.example,"Nordic Trade, AB"');
    await page().getByText('Saved blindcopy-persons-', { exact: false }).waitFor();

    await importSection().getByLabel('File to import').setInputFiles(path);
    await previewRow('Åsa Lindqvist').getByText('Skipped: asa@nordictrade.example already belongs to Åsa Lindqvist').waitFor();
    expect(await page().getByTestId('import-counts').textContent()).toBe('New people: 0 · new organizations: 0 · skipped: 3');
    await screenshotWhole(h, 'transfer-2-reimport-duplicates');
    expect(h.pageErrors).toEqual([]);
  });

  it('Apple Contacts vCards: read by their fields, each card previewed and reported by its place in the file', async () => {
    await importSection().getByRole('button', { name: 'Choose another file' }).click();
    await importSection().getByLabel('File to import').setInputFiles(APPLE);
    await importSection().getByText('vCards are read by their fields', { exact: false }).waitFor();
    await previewRow('Zoë Åkesson').getByText('New person').waitFor();
    expect(await page().getByTestId('import-preview').getByRole('columnheader').first().textContent()).toBe('Card');
    expect(await page().getByTestId('import-counts').textContent()).toBe('New people: 3 · new organizations: 3 · skipped: 1');
    await expectAccessible(h);
    await importSection().getByRole('button', { name: 'Import', exact: true }).click();
    const report = page().getByTestId('import-report');
    await report.getByText('People added: 3 · organizations added: 3 · rows skipped: 1').waitFor();
    expect(await report.getByTestId('import-skipped').getByRole('listitem').allTextContents()).toEqual(['Card 3: no email address (people are known by their address)']);
    await screenshotWhole(h, 'transfer-3-vcard-report');
    expect(h.pageErrors).toEqual([]);
  });
});
