/** "On this page": jumps to a settings section and moves keyboard focus to its heading. */
import { useTranslation } from 'react-i18next';

export interface SettingsNavItem {
  id: string;
  title: string;
}

export function SettingsNav({ items }: { items: readonly SettingsNavItem[] }) {
  const { t } = useTranslation();
  const jump = (id: string) => {
    const heading = document.getElementById(`${id}-title`);
    heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="settings-nav" aria-label={t('settings.onThisPage')}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="settings-nav-link" onClick={() => jump(item.id)}>
              {item.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
