/** Where the user is in the first run: three numbered steps, the current one marked. */
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames';

export const SETUP_STEPS = ['account', 'dropbox', 'save'] as const;
/** after saving: 'restore' (R8.3, only when the account already holds a CRM), then 'done' */
export type SetupStep = (typeof SETUP_STEPS)[number] | 'restore' | 'done';

export function StepList({ current }: { current: SetupStep }) {
  const { t } = useTranslation();
  const index = current === 'done' || current === 'restore' ? SETUP_STEPS.length : SETUP_STEPS.indexOf(current);
  return (
    <ol className="step-list" aria-label={t('firstRun.steps.label')}>
      {SETUP_STEPS.map((step, i) => (
        <li key={step} className={cx(i === index && 'is-current', i < index && 'is-done')} aria-current={i === index ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {i < index ? '✓' : i + 1}
          </span>
          <span>
            {t(`firstRun.steps.${step}`)}
            {i < index && <span className="visually-hidden"> ({t('firstRun.steps.complete')})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
