/** Import (issue 22): what was added, and every row skipped with its reason. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { planCounts } from '../../../../../shared/rules/contacts/importPlan';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import type { ImportResult } from '../../../store';
import type { ContactTable } from '../../../store/transfer/contactFiles';
import { rowNumber, skipReason } from './plannedRowText';

export function ImportReport({ table, result, onAgain }: { table: ContactTable; result: ImportResult; onAgain(): void }) {
  const { t } = useTranslation();
  const counts = planCounts(result.plan);
  const skipped = result.plan.rows.flatMap((r) => (r.kind === 'skip' ? [r] : []));
  const label = table.format === 'csv' ? t('transfer.import.preview.row') : t('transfer.import.preview.card');
  // the Import button is gone: keyboard focus goes to what replaced it
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="transfer-report" data-testid="import-report" ref={ref} tabIndex={-1}>
      <Notice tone="success" announce="status" title={t('transfer.import.report.title')}>
        <p>{t('transfer.import.report.summary', counts)}</p>
      </Notice>
      {skipped.length > 0 && (
        <>
          <h3>{t('transfer.import.report.skipped')}</h3>
          <ul className="transfer-skipped" data-testid="import-skipped">
            {skipped.map((row) => (
              <li key={row.row}>{t('transfer.import.report.line', { label, row: rowNumber(table.format, row.row), reason: skipReason(t, table.format, row) })}</li>
            ))}
          </ul>
        </>
      )}
      <Button onClick={onAgain}>{t('transfer.import.report.again')}</Button>
    </div>
  );
}
