/** Export (issue 22): each kind of record as CSV, people also as vCard 4, saved as a download. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { useAsyncAction } from '../../../components/useAsyncAction';
import { useCrmStore } from '../../../session/sessionContext';
import { EXPORT_KINDS, type ExportKind } from '../../../store';
import { useFailureText } from '../../common/failureText';
import { csvText, vcardText } from '../../../store/transfer/exportFiles';
import { isoDay } from '../../../store/transfer/exportRecords';
import { downloadText } from './download';

type ExportChoice = ExportKind | 'vcard';

export function ExportSection({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const store = useCrmStore();
  const action = useAsyncAction();
  const failureText = useFailureText();
  const [running, setRunning] = useState<ExportChoice>();
  const [saved, setSaved] = useState<string>();

  const save = (choice: ExportChoice) =>
    action.run(async () => {
      setRunning(choice);
      setSaved(undefined);
      try {
        const day = isoDay(Date.now());
        if (choice === 'vcard') {
          const fileName = `blindcopy-persons-${day}.vcf`;
          downloadText(fileName, vcardText(await store.transfer.exportPersonCards()), 'text/vcard;charset=utf-8');
          setSaved(fileName);
        } else {
          const fileName = `blindcopy-${choice}-${day}.csv`;
          downloadText(fileName, csvText(await store.transfer.exportTable(choice)), 'text/csv;charset=utf-8');
          setSaved(fileName);
        }
      } finally {
        setRunning(undefined);
      }
    });

  return (
    <section className="record-section transfer-section" aria-labelledby={headingId} data-testid="export-section">
      <h2 id={headingId}>{t('transfer.export.title')}</h2>
      <p className="field-hint">{t('transfer.export.intro')}</p>
      <div className="transfer-buttons">
        {EXPORT_KINDS.map((kind) => (
          <Button key={kind} busy={running === kind} onClick={() => void save(kind)}>
            {t(`transfer.export.csv.${kind}`)}
          </Button>
        ))}
        <Button busy={running === 'vcard'} onClick={() => void save('vcard')}>
          {t('transfer.export.vcard')}
        </Button>
      </div>
      <div role="status">{saved && <p className="transfer-saved">{t('transfer.export.saved', { file: saved })}</p>}</div>
      {action.error !== undefined && (
        <Notice tone="error" announce="alert" title={t('transfer.export.failed')}>
          <p>{failureText(action.error)}</p>
        </Notice>
      )}
    </section>
  );
}
