/** What one source (SRV, one autoconfig URL) yields; discoverServers turns it into the result. */
import type { DiscoveredServer, DiscoveryFailureReason } from '../../../shared/ipc/discovery';

export type SourceOutcome =
  | { readonly ok: true; readonly imap: DiscoveredServer; readonly smtp: DiscoveredServer }
  | { readonly ok: false; readonly reason: DiscoveryFailureReason; readonly detail: string };

export function failed(reason: DiscoveryFailureReason, detail: string): SourceOutcome {
  return { ok: false, reason, detail: detail.slice(0, 300) };
}
