/**
 * Import and export (issue 22), reached from every list's toolbar: export any kind of record,
 * import people and organizations.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { useItemsNav } from '../itemsNav';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import '../../../styles/transfer.css';

export function TransferPage() {
  const { t } = useTranslation();
  const close = useItemsNav((s) => s.setTransferOpen);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const exportId = useId();
  const importId = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="items-page transfer-page" data-testid="transfer-page">
      <header className="record-header">
        <Button variant="quiet" className="rec-back" onClick={() => close(false)}>
          <span aria-hidden="true">←</span>
          {t('transfer.back')}
        </Button>
        <h2 ref={headingRef} tabIndex={-1}>
          {t('transfer.title')}
        </h2>
      </header>
      <ImportSection headingId={importId} />
      <ExportSection headingId={exportId} />
    </div>
  );
}
