/**
 * R3.4 the authentication state, never by colour alone: in a list row only what needs attention
 * ('none': not verified, 'unaligned': a pass for another domain, 'fail': failed); nothing for a
 * verified sender or for mail without any authentication data, which is neutral, not a warning.
 * On a message the full state with the results, domains and ignored headers behind it.
 */
import { useTranslation } from 'react-i18next';
import type { AuthState as State, AuthVerdict } from '../../../../shared/domain/mail';
import { StatusBadge } from '../../components/StatusBadge';
import '../../styles/thread.css';

const CHIP_SYMBOLS: Partial<Record<State, string>> = { none: '?', unaligned: '≠', fail: '✕' };

/** The small mark of a list row: nothing when the sender was verified or nothing could be said. */
export function AuthChip({ verdict }: { verdict: State }) {
  const { t } = useTranslation();
  const symbol = CHIP_SYMBOLS[verdict];
  if (symbol === undefined) return null;
  return (
    <span className={`auth-chip auth-chip-${verdict}`} title={t(`thread.auth.${verdict}.explain`)} data-auth={verdict}>
      <span aria-hidden="true">{symbol}</span>
      {t(`thread.auth.${verdict}.short`)}
    </span>
  );
}

const TONES = { pass: 'ok', 'no-data': 'neutral', none: 'warning', unaligned: 'warning', fail: 'error' } as const;

/** The details line: results, the domains they were for, DMARC. */
function useDetails(auth: AuthVerdict): string[] {
  const { t } = useTranslation();
  const parts = [t('thread.auth.results', { dkim: auth.dkim, spf: auth.spf })];
  if (auth.dkimDomain !== undefined) parts.push(t('thread.auth.dkimFor', { domain: auth.dkimDomain }));
  if (auth.spfDomain !== undefined) parts.push(t('thread.auth.spfFor', { domain: auth.spfDomain }));
  if (auth.fromDomain !== undefined && (auth.verdict === 'unaligned' || auth.verdict === 'fail')) parts.push(t('thread.auth.fromDomain', { domain: auth.fromDomain }));
  if (auth.dmarc !== undefined) {
    parts.push(auth.dmarc.policy === undefined ? t('thread.auth.dmarc', { result: auth.dmarc.result }) : t('thread.auth.dmarcPolicy', { result: auth.dmarc.result, policy: auth.dmarc.policy }));
  }
  return parts;
}

/**
 * The state of one message with the results behind it: one quiet line when the sender was
 * verified, could not be checked or there was nothing to check (what it means on hover and for
 * screen readers), a box that says it in full when authentication failed. Lower headers with the
 * trusted server's name that were ignored (R3.4) are always said.
 */
export function AuthState({ auth }: { auth: AuthVerdict }) {
  const { t } = useTranslation();
  const details = useDetails(auth);
  const explain = t(`thread.auth.${auth.verdict}.explain`);
  const failed = auth.verdict === 'fail';
  const dmarcRejected = failed && auth.dmarc?.result === 'fail' && auth.dmarc.policy !== undefined && auth.dmarc.policy !== 'none';
  return (
    <div className={`auth-state auth-state-${auth.verdict}`} data-auth={auth.verdict} title={failed ? undefined : explain}>
      <StatusBadge tone={TONES[auth.verdict]}>{t(`thread.auth.${auth.verdict}.title`)}</StatusBadge>
      <span className="auth-results" data-testid="auth-details">
        {details.join(' · ')}
      </span>
      <span className={failed ? 'auth-explain' : 'visually-hidden'}>{explain}</span>
      {dmarcRejected && <span className="auth-explain">{t('thread.auth.dmarcRejected', { policy: auth.dmarc?.policy ?? '' })}</span>}
      {auth.ignoredHeaders !== undefined && (
        <span className="auth-explain auth-ignored" data-testid="auth-ignored">
          {t('thread.auth.ignored', { count: auth.ignoredHeaders })}
        </span>
      )}
    </div>
  );
}
