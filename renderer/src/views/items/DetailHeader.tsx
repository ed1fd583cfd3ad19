/**
 * The top of a record's page: the way back to its list, its name as the page's heading (focused
 * when the page opens, so keyboard and screen-reader users land on it), and what sits beside it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '../../components/Button';

export interface DetailHeaderProps {
  backLabel: string;
  onBack(): void;
  headingId: string;
  /** the heading's text, read when the page opens */
  title: string;
  /** wraps the heading, e.g. in an in-place editor with its Edit button */
  titleEditor?(heading: ReactNode): ReactNode;
  children?: ReactNode;
}

export function DetailHeader({ backLabel, onBack, headingId, title, titleEditor, children }: DetailHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const heading = (
    <h2 id={headingId} ref={headingRef} tabIndex={-1}>
      {title}
    </h2>
  );
  return (
    <header className="record-header">
      <Button variant="quiet" className="rec-back" onClick={onBack}>
        <span aria-hidden="true">←</span>
        {backLabel}
      </Button>
      <div className="record-title-row">
        <div className="record-title">{titleEditor ? titleEditor(heading) : heading}</div>
        {children}
      </div>
    </header>
  );
}
