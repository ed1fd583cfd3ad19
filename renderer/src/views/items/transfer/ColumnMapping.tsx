/** Import (issue 22): what each column of a CSV file holds — guessed, and the user's to change. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, type ContactField } from '../../../../../shared/rules/contacts/columns';
import type { ChosenFile } from './useContactImport';

export function ColumnMapping({ file, onChange }: { file: ChosenFile; onChange(column: number, field: ContactField): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const first = file.table.rows.find((r) => r !== undefined) ?? [];
  if (file.table.format === 'vcard') return <p className="field-hint">{t('transfer.import.mapping.vcard')}</p>;
  return (
    <div className="transfer-mapping">
      <h3 id={headingId}>{t('transfer.import.mapping.title')}</h3>
      <p className="field-hint">{t('transfer.import.mapping.intro')}</p>
      <div className="transfer-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="items-table transfer-table" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('transfer.import.mapping.column')}</th>
              <th scope="col">{t('transfer.import.mapping.example')}</th>
              <th scope="col">{t('transfer.import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {file.table.headers.map((header, column) => (
              <tr key={column}>
                <th scope="row">{header}</th>
                <td className="transfer-example">{first[column] ?? ''}</td>
                <td>
                  <select
                    aria-label={t('transfer.import.mapping.choose', { column: header })}
                    value={file.mapping[column] ?? 'ignore'}
                    onChange={(e) => onChange(column, e.target.value as ContactField)}
                  >
                    {CONTACT_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`transfer.import.mapping.fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
