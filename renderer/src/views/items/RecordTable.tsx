/** A record list as a table: name (opens the record), the kind's own columns, mail. */
import { ListTable } from './ListTable';
import type { NamedRecord, RecordKind, RecordListRow } from './recordKind';

export function RecordTable<R extends NamedRecord, Extra>({ kind, rows }: { kind: RecordKind<R, Extra>; rows: readonly RecordListRow<R, Extra>[] }) {
  return <ListTable view={kind.view} rows={rows} recordOf={(row) => row.record} columns={kind.columns} testId={`${kind.view}-table`} rowTestId={`${kind.testId}-row`} />;
}
