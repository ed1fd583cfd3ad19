/**
 * A blindcopy:// link the user opened (R6.2, R6.3): first the question whether to confirm an
 * address with it (or why the link is refused), then the outcome, said plainly: confirmed,
 * expired, not valid (or already used), or the core did not answer. Stays until dismissed.
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Notice, type NoticeTone } from '../../components/Notice';
import '../../styles/compose.css';

export type ConfirmLinkOutcome =
  /** a confirmation link, not yet used: the user decides */
  | { status: 'ask'; token: string }
  /** not a link Blindcopy opens (too long, another kind, not a link) */
  | { status: 'refused' }
  | { status: 'checking' }
  | { status: 'confirmed'; address: string }
  | { status: 'expired' }
  | { status: 'invalid' }
  | { status: 'core-error' };

const TONES: Record<ConfirmLinkOutcome['status'], NoticeTone> = {
  ask: 'info',
  refused: 'error',
  checking: 'info',
  confirmed: 'success',
  expired: 'warning',
  invalid: 'error',
  'core-error': 'error',
};

export interface ConfirmLinkNoticeProps {
  outcome: ConfirmLinkOutcome;
  onDismiss(): void;
  /** the user confirms the address of an `ask` link */
  onConfirm(): void;
}

export function ConfirmLinkNotice({ outcome, onDismiss, onConfirm }: ConfirmLinkNoticeProps) {
  const { t } = useTranslation();
  const settled = outcome.status !== 'checking' && outcome.status !== 'ask';

  return (
    <div className="confirm-link-notice" data-testid="deep-link-notice">
      <Notice
        tone={TONES[outcome.status]}
        announce={outcome.status === 'confirmed' || outcome.status === 'checking' || outcome.status === 'ask' ? 'status' : 'alert'}
        title={t(`compose.confirmLink.${outcome.status}.title`)}
      >
        <p>{outcome.status === 'confirmed' ? t('compose.confirmLink.confirmed.text', { address: outcome.address }) : t(`compose.confirmLink.${outcome.status}.text`)}</p>
        {outcome.status === 'ask' && (
          <div className="actions">
            <Button variant="primary" onClick={onConfirm}>
              {t('compose.confirmLink.ask.confirm')}
            </Button>
            <Button variant="quiet" onClick={onDismiss}>
              {t('compose.confirmLink.ask.cancel')}
            </Button>
          </div>
        )}
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
