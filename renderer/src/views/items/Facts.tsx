/**
 * The facts a record's page lists under its header (`dl.rec-facts`), one `Fact` each; the ones
 * items and people share are here: the organization, edited in place, and when it was created.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/useFormat';
import { openRecord } from './itemsNav';
import { OrganizationPicker } from './OrganizationPicker';
import { RefEditor } from './RefEditor';
import { useOrganizationName } from './useRecordName';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rec-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The record's organization: its name opens it; `onChange` sets another one or, with undefined, none. */
export function OrganizationFact({ organizationId, onChange }: { organizationId: string | undefined; onChange(organizationId: string | undefined): Promise<unknown> }) {
  const { t } = useTranslation();
  const organizationName = useOrganizationName(organizationId);
  return (
    <Fact label={t('items.fields.organization')}>
      <RefEditor
        label={t('items.fields.organization')}
        name={organizationName}
        onOpen={organizationId === undefined ? undefined : () => openRecord('organizations', organizationId)}
        onRemove={() => void onChange(undefined)}
        picker={(done) => <OrganizationPicker label={t('items.fields.organization')} autoFocus onCancel={done} onPick={(o) => void onChange(o.id).then(done)} />}
      />
    </Fact>
  );
}

export function CreatedFact({ at }: { at: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Fact label={t('items.fields.created')}>
      <time dateTime={new Date(at).toISOString()}>{format.dateTime(at)}</time>
    </Fact>
  );
}
