/** What compose warns about (R1.5 several item addresses, R2.5 over 20 MB): said, never blocking. */
import { useTranslation } from 'react-i18next';
import type { SendWarning } from '../../../../shared/rules/send/warnings';
import { Notice } from '../../components/Notice';
import { useByteFormat } from '../../components/useByteFormat';

export function SendWarnings({ warnings }: { warnings: readonly SendWarning[] }) {
  const { t } = useTranslation();
  const bytes = useByteFormat();
  return (
    <div className="compose-warnings" data-testid="compose-warnings" role="status">
      {warnings.map((w) =>
        w.kind === 'several-item-addresses' ? (
          <Notice key={w.kind} tone="warning" title={t('compose.warnings.severalItems.title')}>
            <p>{t('compose.warnings.severalItems.text')}</p>
            <ul className="compose-warning-addresses">
              {w.addresses.map((a) => (
                <li key={a}>
                  <code>{a}</code>
                </li>
              ))}
            </ul>
          </Notice>
        ) : (
          <Notice key={w.kind} tone="warning" title={t('compose.warnings.tooLarge.title', { size: bytes(w.estimatedBytes) })}>
            <p>{t('compose.warnings.tooLarge.text', { limit: bytes(w.limitBytes) })}</p>
          </Notice>
        ),
      )}
    </div>
  );
}
