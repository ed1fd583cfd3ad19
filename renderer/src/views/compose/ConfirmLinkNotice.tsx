/**
 * The outcome of an address confirmation link (R6.2, R6.3), said plainly: confirmed, expired,
 * not valid (or already used), or the core did not answer. Stays until dismissed.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice, type NoticeTone } from '../../components/Notice';
import '../../styles/compose.css';

export type ConfirmLinkOutcome =
  | { status: 'checking' }
  | { status: 'confirmed'; address: string }
  | { status: 'expired' }
  | { status: 'invalid' }
  | { status: 'core-error' };

const TONES: Record<ConfirmLinkOutcome['status'], NoticeTone> = {
  checking: 'info',
  confirmed: 'success',
  expired: 'warning',
  invalid: 'error',
  'core-error': 'error',
};

export function ConfirmLinkNotice({ outcome, onDismiss }: { outcome: ConfirmLinkOutcome; onDismiss(): void }) {
  const { t } = useTranslation();
  const settled = outcome.status !== 'checking';

  return (
    <div className="confirm-link-notice" data-testid="deep-link-notice">
      <Notice
        tone={TONES[outcome.status]}
        announce={outcome.status === 'confirmed' || outcome.status === 'checking' ? 'status' : 'alert'}
        title={t(`compose.confirmLink.${outcome.status}.title`)}
      >
        <p>{outcome.status === 'confirmed' ? t('compose.confirmLink.confirmed.text', { address: outcome.address }) : t(`compose.confirmLink.${outcome.status}.text`)}</p>
        {settled && (
          <div className="actions">
            <Button onClick={onDismiss}>
              {t('compose.confirmLink.dismiss')}
            </Button>
          </div>
        )}
      </Notice>
    </div>
  );
}
