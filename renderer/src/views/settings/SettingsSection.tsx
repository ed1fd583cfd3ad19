/** One section of the settings page: a heading, what it is about, its controls. */
import type { ReactNode } from 'react';
import '../../styles/settings.css';

export interface SettingsSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** marks a section whose data is not wired yet, for whoever wires it (not shown) */
  testId?: string;
}

export function SettingsSection({ id, title, description, children, testId }: SettingsSectionProps) {
  return (
    <section className="settings-section" id={id} aria-labelledby={`${id}-title`} data-testid={testId ?? `settings-${id}`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {description && <p className="section-text">{description}</p>}
      {children}
    </section>
  );
}
