/** Import (issue 22): what importing each row does, before anything is written. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, PlannedRow } from '../../../../../shared/rules/contacts/importPlan';
import type { ContactTable } from '../../../store/transfer/contactFiles';
import { outcomeText, rowNumber } from './plannedRowText';

/** More rows than this are imported and reported, but not previewed one by one. */
export const PREVIEW_ROWS = 200;

function shown(row: PlannedRow, cells: readonly string[] | undefined): { name: string; emails: string; organization: string } {
  if (row.kind === 'person') {
    const organization = row.contact.organization ?? '';
    return { name: row.contact.name, emails: row.contact.emails.join(', '), organization };
  }
  if (row.kind === 'organization') return { name: '', emails: '', organization: row.name };
  // a skipped row: what it holds, so the user recognizes it
  const text = (cells ?? []).map((c) => c.replace(/\s+/gu, ' ').trim()).filter((c) => c !== '');
  return { name: text.slice(0, 3).join(' · ').slice(0, 120), emails: '', organization: '' };
}

export function ImportPreview({ table, plan }: { table: ContactTable; plan: ImportPlan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = plan.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="transfer-preview">
      <h3 id={headingId}>{t('transfer.import.preview.title')}</h3>
      <div className="transfer-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="items-table transfer-table" data-testid="import-preview">
          <caption className="visually-hidden">{t('transfer.import.preview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{table.format === 'csv' ? t('transfer.import.preview.row') : t('transfer.import.preview.card')}</th>
              <th scope="col">{t('transfer.import.preview.name')}</th>
              <th scope="col">{t('transfer.import.preview.emails')}</th>
              <th scope="col">{t('transfer.import.preview.organization')}</th>
              <th scope="col">{t('transfer.import.preview.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const cells = shown(row, table.rows[row.row]);
              return (
                <tr key={row.row} className={row.kind === 'skip' ? 'is-skipped' : undefined} data-testid="import-row">
                  <td className="num">{rowNumber(table.format, row.row)}</td>
                  <td>{cells.name}</td>
                  <td>{cells.emails}</td>
                  <td>{cells.organization}</td>
                  <td>{outcomeText(t, table.format, row)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {plan.rows.length > rows.length && <p className="field-hint">{t('transfer.import.preview.first', { count: rows.length })}</p>}
    </div>
  );
}
