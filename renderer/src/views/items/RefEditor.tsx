/**
 * The person or organization of a record, in place: its name opens it; Change shows a picker,
 * with Remove beside it to clear the field.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';

export interface RefEditorProps {
  /** "Person", "Organization" */
  label: string;
  name: string | undefined;
  onOpen?(): void;
  onRemove(): void;
  /** the picker; `done` closes it */
  picker(done: () => void): ReactNode;
  testId?: string;
}

export function RefEditor({ label, name, onOpen, onRemove, picker, testId }: RefEditorProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!picking && refocus) boxRef.current?.querySelector<HTMLButtonElement>('.inline-edit')?.focus();
  }, [picking, refocus]);

  const done = () => {
    setPicking(false);
    setRefocus(true);
  };

  if (picking) {
    return (
      <div className="ref-editor is-picking">
        {picker(done)}
        <div className="actions">
          {name !== undefined && (
            <Button
              variant="quiet"
              aria-label={t('items.ref.removeNamed', { field: label, name })}
              onClick={() => {
                onRemove();
                done();
              }}
            >
              {t('items.ref.remove')}
            </Button>
          )}
          <Button onClick={done}>{t('common.actions.cancel')}</Button>
        </div>
      </div>
    );
  }
  return (
    <div ref={boxRef} className="inline-text ref-editor" data-testid={testId}>
      <div className="inline-text-value">
        {name === undefined ? (
          <span className="muted">{t('items.notSet')}</span>
        ) : onOpen ? (
          <button type="button" className="rec-link" onClick={onOpen}>
            {name}
          </button>
        ) : (
          name
        )}
      </div>
      <Button
        variant="quiet"
        className="inline-edit"
        aria-label={t(name === undefined ? 'items.ref.chooseNamed' : 'items.ref.changeNamed', { field: label })}
        onClick={() => setPicking(true)}
      >
        {name === undefined ? t('items.ref.choose') : t('items.ref.change')}
      </Button>
    </div>
  );
}
