/** One part of the link panel: a heading and its content. */
import { useId, type ReactNode } from 'react';

export function PanelSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id} data-testid={testId}>
      <h3 id={id} className="panel-section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
