/**
 * R3.4 the authentication state, never by colour alone: in a list row only what needs attention
 * ('none': not verified, 'fail': failed); on a message the full state with DKIM and SPF.
 */
import { useTranslation } from 'react-i18next';
import type { AuthVerdict } from '../../../../shared/domain/mail';
import { StatusBadge } from '../../components/StatusBadge';
import '../../styles/thread.css';

type Verdict = AuthVerdict['verdict'];

/** The small mark of a list row: nothing when the sender was verified. */
export function AuthChip({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  if (verdict === 'pass') return null;
  return (
    <span className={`auth-chip auth-chip-${verdict}`} title={t(`thread.auth.${verdict}.explain`)} data-auth={verdict}>
      <span aria-hidden="true">{verdict === 'fail' ? '✕' : '?'}</span>
      {t(`thread.auth.${verdict}.short`)}
    </span>
  );
}

const TONES = { pass: 'ok', none: 'warning', fail: 'error' } as const;

/**
 * The state of one message with the DKIM and SPF results behind it: one quiet line when the
 * sender was verified or could not be checked (what it means on hover and for screen readers),
 * a box that says it in full when authentication failed.
 */
export function AuthState({ auth }: { auth: AuthVerdict }) {
  const { t } = useTranslation();
  const explain = t(`thread.auth.${auth.verdict}.explain`);
  const failed = auth.verdict === 'fail';
  return (
    <div className={`auth-state auth-state-${auth.verdict}`} data-auth={auth.verdict} title={failed ? undefined : explain}>
      <StatusBadge tone={TONES[auth.verdict]}>{t(`thread.auth.${auth.verdict}.title`)}</StatusBadge>
      <span className="auth-results">{t('thread.auth.results', { dkim: auth.dkim, spf: auth.spf })}</span>
      <span className={failed ? 'auth-explain' : 'visually-hidden'}>{explain}</span>
    </div>
  );
}
