/**
 * What an outbox entry's state means to the user (R2.6): sending, checking whether an earlier
 * attempt went out (`verifying`), waiting for the next attempt, not sent (the server's words),
 * sent — perhaps with recipients the server refused, the CRM's copy among them.
 */
import { normalizeAddress } from '../../../../shared/rules/emailAddress';
import type { OutboxEntryView, SendError } from '../../../../shared/rules/send/outboxEntry';

export type EntryState =
  | { kind: 'sending' }
  | { kind: 'verifying' }
  | { kind: 'waiting'; nextAttemptAt?: number; lastError?: SendError }
  | { kind: 'failed'; error?: SendError }
  | { kind: 'sent'; sentAt?: number; crmRefused?: string; othersRefused: { address: string; text: string }[] };

export function entryState(entry: OutboxEntryView): EntryState {
  switch (entry.state) {
    case 'sending':
      return { kind: 'sending' };
    case 'failed-permanent':
      return entry.lastError ? { kind: 'failed', error: entry.lastError } : { kind: 'failed' };
    case 'queued':
      if (entry.verifying) return { kind: 'verifying' };
      return {
        kind: 'waiting',
        ...(entry.nextAttemptAt !== undefined ? { nextAttemptAt: entry.nextAttemptAt } : {}),
        ...(entry.lastError ? { lastError: entry.lastError } : {}),
      };
    case 'sent': {
      const crm = entry.summary.crmBcc === undefined ? undefined : normalizeAddress(entry.summary.crmBcc);
      const crmRefused = entry.rejectedRecipients.find((r) => normalizeAddress(r.address) === crm);
      return {
        kind: 'sent',
        ...(entry.sentAt !== undefined ? { sentAt: entry.sentAt } : {}),
        ...(crmRefused ? { crmRefused: crmRefused.text } : {}),
        othersRefused: entry.rejectedRecipients.filter((r) => r !== crmRefused),
      };
    }
  }
}

/** The server's own words when it gave a reply (R2.6); otherwise the caller words the code. */
export function serverWords(error: SendError): string | undefined {
  return (error.code === 'rejected' || error.code === 'auth-failed') && error.text ? error.text : undefined;
}

export type EntryAction = 'retry' | 'edit' | 'remove';

/** What may be done now: nothing while it is being sent or checked. */
export function entryActions(state: EntryState): EntryAction[] {
  switch (state.kind) {
    case 'waiting':
    case 'failed':
      return ['retry', 'edit', 'remove'];
    case 'sent':
      return ['remove'];
    default:
      return [];
  }
}
