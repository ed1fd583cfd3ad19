/** Import (issue 22): choose a file, check its columns and the preview, import, read the report. */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { planCounts } from '../../../../../shared/rules/contacts/importPlan';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { Loading } from '../Loading';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreview } from './ImportPreview';
import { ImportReport } from './ImportReport';
import { useContactImport } from './useContactImport';

export function ImportSection({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const flow = useContactImport();
  const { state } = flow;
  // the file input is gone once a file is read: keyboard focus goes to what replaced it
  const readRef = useRef<HTMLParagraphElement>(null);
  const fileName = state.step === 'preview' ? state.fileName : undefined;
  useEffect(() => {
    if (fileName !== undefined) readRef.current?.focus();
  }, [fileName]);

  return (
    <section className="record-section transfer-section" aria-labelledby={headingId} data-testid="import-section">
      <h2 id={headingId}>{t('transfer.import.title')}</h2>
      <p className="field-hint">{t('transfer.import.intro')}</p>
      {state.step === 'choose' && (
        <div className="field">
          <label htmlFor={inputId}>{t('transfer.import.file')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard"
            aria-describedby={hintId}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void flow.choose(file);
            }}
          />
          <p className="field-hint" id={hintId}>
            {t('transfer.import.fileHint')}
          </p>
          {state.unreadable && (
            <Notice tone="error" announce="alert">
              {t('transfer.import.unreadFile')}
            </Notice>
          )}
        </div>
      )}
      {state.step === 'preview' && (
        <>
          <p className="transfer-file" role="status" ref={readRef} tabIndex={-1}>
            {t('transfer.import.read', { file: state.fileName, count: state.table.rows.length })}
          </p>
          <ColumnMapping file={state} onChange={flow.setColumn} />
          {state.plan === undefined ? (
            state.failed ? null : <Loading />
          ) : (
            <>
              <ImportPreview table={state.table} plan={state.plan} />
              <p className="transfer-counts" data-testid="import-counts">
                {t('transfer.import.counts', planCounts(state.plan))}
              </p>
            </>
          )}
          {state.failed && (
            <Notice tone="error" announce="alert">
              {t('transfer.import.failed')}
            </Notice>
          )}
          <div className="transfer-buttons">
            <Button variant="primary" busy={flow.busy || state.plan === undefined} onClick={() => void flow.confirm()}>
              {t('transfer.import.confirm')}
            </Button>
            <Button variant="quiet" onClick={flow.reset}>
              {t('transfer.import.cancel')}
            </Button>
          </div>
        </>
      )}
      {state.step === 'done' && <ImportReport table={state.table} result={state.result} onAgain={flow.reset} />}
    </section>
  );
}
