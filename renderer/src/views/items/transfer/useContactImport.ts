/**
 * Import (issue 22), the steps: choose a file → preview (columns, what each row does) →
 * import → report. The preview is planned again whenever a column's meaning changes; the import
 * plans once more inside its transaction (store/transfer/importContacts.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ColumnMapping, ContactField } from '../../../../../shared/rules/contacts/columns';
import type { ImportPlan } from '../../../../../shared/rules/contacts/importPlan';
import { reportError } from '../../../api/reportError';
import { useCrmStore } from '../../../session/sessionContext';
import type { ImportResult } from '../../../store';
import { decodeContactFile, readContactFile, tableOutcomes, type ContactTable } from '../../../store/transfer/contactFiles';

export interface ChosenFile {
  fileName: string;
  table: ContactTable;
  mapping: ColumnMapping;
}

export type ImportStep =
  | { step: 'choose'; unreadable?: boolean }
  | ({ step: 'preview'; plan: ImportPlan | undefined; failed?: boolean } & ChosenFile)
  | ({ step: 'done'; result: ImportResult } & ChosenFile);

export interface ContactImport {
  state: ImportStep;
  busy: boolean;
  choose(file: File): Promise<void>;
  setColumn(column: number, field: ContactField): void;
  confirm(): Promise<void>;
  reset(): void;
}

export function useContactImport(): ContactImport {
  const store = useCrmStore();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const preview = state.step === 'preview' ? state : undefined;

  // plan the preview for the file and mapping shown; a newer choice drops an older answer
  const table = preview?.table;
  const mapping = preview?.mapping;
  useEffect(() => {
    if (table === undefined || mapping === undefined) return;
    let live = true;
    store.transfer
      .previewImport(tableOutcomes(table, mapping))
      .then((plan) => live && setState((s) => (s.step === 'preview' && s.table === table && s.mapping === mapping ? { ...s, plan } : s)))
      .catch((error: unknown) => {
        reportError('import preview', error);
        if (live) setState((s) => (s.step === 'preview' ? { ...s, failed: true } : s));
      });
    return () => {
      live = false;
    };
  }, [store, table, mapping]);

  const choose = useCallback(async (file: File) => {
    try {
      const text = decodeContactFile(new Uint8Array(await file.arrayBuffer()));
      const read = readContactFile(file.name, text);
      setState({ step: 'preview', fileName: file.name, table: read, mapping: read.mapping, plan: undefined });
    } catch (error) {
      // handled: the file could not be read from disk; the page says so and offers another choice
      reportError('import file', error);
      setState({ step: 'choose', unreadable: true });
    }
  }, []);

  const setColumn = useCallback((column: number, field: ContactField) => {
    setState((s) => (s.step === 'preview' ? { ...s, mapping: s.mapping.map((f, i) => (i === column ? field : f)), plan: undefined } : s));
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      const result = await store.transfer.importContacts(tableOutcomes(state.table, state.mapping));
      setState({ step: 'done', fileName: state.fileName, table: state.table, mapping: state.mapping, result });
    } catch (error) {
      // handled: the transaction rolled back; the preview says nothing was added
      reportError('import', error);
      setState((s) => (s.step === 'preview' ? { ...s, failed: true } : s));
    } finally {
      setBusy(false);
    }
  }, [state, store]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, busy, choose, setColumn, confirm, reset };
}
