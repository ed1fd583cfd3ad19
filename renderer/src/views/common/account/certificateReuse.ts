/**
 * R8.2 one trusted certificate serves every server that presents it: which of the account's
 * servers' failed tests a certificate the user trusted (now or before) settles without asking.
 */
import { alreadyTrusted, type PinnedCertificate } from '../../../../../shared/settings/certificateTrust';
import type { AccountDraft } from './accountDraft';
import type { ServerDraft } from './serverDraft';
import type { ServerTestState } from './useServerTest';

export type TrustTarget = 'imap' | 'smtp' | 'dropbox';
export const TRUST_TARGETS: readonly TrustTarget[] = ['imap', 'smtp', 'dropbox'];

export function serverOf(draft: AccountDraft, target: TrustTarget): ServerDraft {
  return target === 'dropbox' ? draft.dropbox.server : draft[target];
}

/** The certificates the user trusted for any server of this account (the drop box's only when it has its own login). */
export function trustedCertificates(draft: AccountDraft): (PinnedCertificate | undefined)[] {
  return TRUST_TARGETS.filter((t) => t !== 'dropbox' || draft.dropbox.mode === 'login').map((t) => serverOf(draft, t).pinnedCertificate);
}

/** The trusted certificate a failed test met again, when the server does not pin it yet; undefined: ask the user. */
export function certificateToReuse(state: ServerTestState | undefined, server: ServerDraft, trusted: readonly (PinnedCertificate | undefined)[]): PinnedCertificate | undefined {
  if (state?.status !== 'failed' || state.code !== 'tls-untrusted' || !state.certificate) return undefined;
  const pin = alreadyTrusted(state.certificate, trusted);
  // pinned already and still refused: something else is wrong, asking again would loop
  return pin && pin.sha256 !== server.pinnedCertificate?.sha256 ? pin : undefined;
}
