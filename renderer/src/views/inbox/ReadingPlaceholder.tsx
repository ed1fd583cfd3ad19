/** The reading pane while no thread is open: what to do, and the keys that do it. */
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  { keys: ['j', 'k'], meaning: 'move' },
  { keys: ['Enter'], meaning: 'open' },
  { keys: ['r', 'a', 'f'], meaning: 'answer' },
  { keys: ['x'], meaning: 'select' },
  { keys: ['/'], meaning: 'search' },
  { keys: ['Esc'], meaning: 'close' },
] as const;

export function ReadingPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="reading-placeholder" data-testid="reading-placeholder">
      <p className="reading-placeholder-title">{t('inbox.reading.title')}</p>
      <p>{t('inbox.reading.advice')}</p>
      <dl className="reading-keys" aria-label={t('inbox.reading.keysLabel')}>
        {SHORTCUTS.map(({ keys, meaning }) => (
          <div key={meaning}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`inbox.reading.keys.${meaning}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
