/**
 * A list view's page (deals, leads, projects, people, organizations): the kind's filter or search
 * and "New" in the toolbar, the "New" form once asked for, then the rows — loading, none, or the table.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { ItemsViewKind } from './kinds';
import { useItemsNav } from './itemsNav';
import { Loading } from './Loading';

export interface ListPageProps<Row> {
  view: ItemsViewKind;
  /** the toolbar's left side: a status filter, a search field */
  filter: ReactNode;
  /** the "New" form; `close` hides it again */
  newForm(close: () => void): ReactNode;
  /** undefined while loading */
  rows: readonly Row[] | undefined;
  /** what an empty list says */
  empty: ReactNode;
  children(rows: readonly Row[]): ReactNode;
}

export function ListPage<Row>({ view, filter, newForm, rows, empty, children }: ListPageProps<Row>) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const openTransfer = useItemsNav((s) => s.setTransferOpen);
  return (
    <div className="items-page" data-testid={`${view}-list`}>
      <div className="items-toolbar">
        {filter}
        <div className="items-toolbar-actions">
          <Button variant="quiet" onClick={() => openTransfer(true)}>
            {t('transfer.open')}
          </Button>
          {!creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <span aria-hidden="true">+</span>
              {t(`items.new.${view}`)}
            </Button>
          )}
        </div>
      </div>
      {creating && newForm(() => setCreating(false))}
      {rows === undefined ? <Loading /> : rows.length === 0 ? empty : children(rows)}
    </div>
  );
}
