/** Import (issue 22): a planned row in words — what happens to it, and why it is skipped. */
import type { TFunction } from 'i18next';
import type { PlannedRow } from '../../../../../shared/rules/contacts/importPlan';
import type { ContactFileFormat } from '../../../store/transfer/contactFiles';

/**
 * The number the user finds the row by: a spreadsheet's row number for CSV (its heading is row
 * 1), the card's place in the file for vCard.
 */
export function rowNumber(format: ContactFileFormat, row: number): number {
  return format === 'csv' ? row + 2 : row + 1;
}

export function skipReason(t: TFunction, format: ContactFileFormat, row: Extract<PlannedRow, { kind: 'skip' }>): string {
  switch (row.reason) {
    case 'duplicate':
      return t('transfer.import.reasons.duplicate', { address: row.address ?? '', name: row.person?.name ?? '' });
    case 'duplicate-in-file':
      return t('transfer.import.reasons.duplicate-in-file', { address: row.address ?? '', row: rowNumber(format, row.earlierRow ?? 0) });
    default:
      return t(`transfer.import.reasons.${row.reason}`);
  }
}

export function outcomeText(t: TFunction, format: ContactFileFormat, row: PlannedRow): string {
  switch (row.kind) {
    case 'person':
      return t('transfer.import.outcome.person');
    case 'organization':
      return row.personSkipped
        ? t('transfer.import.outcome.personSkipped', { reason: t(`transfer.import.reasons.${row.personSkipped}`) })
        : t('transfer.import.outcome.organization');
    case 'skip':
      return t('transfer.import.outcome.skipped', { reason: skipReason(t, format, row) });
  }
}
