/**
 * People and organizations are "records": their list, table, page and "New" form are one set of
 * components (RecordListPage, RecordTable, RecordDetail, NewRecordForm), and a RecordKind says
 * what differs between the two: which store calls, which extra columns, what the page shows.
 */
import type { ComponentType } from 'react';
import type { AsyncAction } from '../../components/useAsyncAction';
import type { CrmStore } from '../../store';
import type { MailSummary } from './activity';
import type { ListColumn } from './ListTable';

export type RecordView = 'persons' | 'organizations';

export interface NamedRecord {
  id: string;
  name: string;
}

/** One list row: the record, a summary of its mail, and what the kind's extra columns show. */
export type RecordListRow<R extends NamedRecord, Extra> = MailSummary & Extra & { record: R };

export interface RecordKind<R extends NamedRecord, Extra> {
  view: RecordView;
  /** the stem of its data-testid's: `${testId}-row`, `${testId}-detail`, `new-${testId}-form` */
  testId: 'person' | 'organization';
  /** one page of the list, found by `query` (all, by name, when empty) */
  findRows(store: CrmStore, query: string, limit: number): Promise<RecordListRow<R, Extra>[]>;
  columns: readonly ListColumn<RecordListRow<R, Extra>>[];
  load(store: CrmStore, id: string): Promise<R | undefined>;
  rename(store: CrmStore, id: string, name: string): Promise<unknown>;
  remove(store: CrmStore, id: string): Promise<void>;
  /** actions beside the record's name (a person's "Email") */
  HeaderActions?: ComponentType<{ record: R }>;
  /** what the record's page shows between its header and its delete button */
  DetailBody: ComponentType<{ record: R; action: AsyncAction }>;
  /** the "New" form */
  NewForm: ComponentType<{ onCreated(record: R): void; onCancel(): void }>;
}
