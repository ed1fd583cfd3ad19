/** What the UI gets to see of an outbox entry: the stored entry minus main's internals. */
import { decodedBase64Length, type OutgoingMessage } from '../../shared/rules/send/outgoing';
import type { OutboxEntryView, OutboxSummary } from '../../shared/rules/send/outboxEntry';
import type { OutboxRecord } from './outboxSchema';

export function summarize(message: OutgoingMessage): OutboxSummary {
  const summary: OutboxSummary = {
    from: message.from,
    to: message.to,
    cc: message.cc,
    bcc: message.bcc,
    subject: message.subject,
    attachments: message.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: decodedBase64Length(a.contentBase64) })),
  };
  return message.crmBcc === undefined ? summary : { ...summary, crmBcc: message.crmBcc };
}

export function toView(entry: OutboxRecord): OutboxEntryView {
  const view: OutboxEntryView = {
    id: entry.id,
    messageId: entry.messageId,
    state: entry.state,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    attempts: entry.attempts,
    verifying: entry.verifying,
    size: entry.size,
    rejectedRecipients: entry.rejectedRecipients.map((r) => ({ ...r })),
    summary: structuredClone(entry.summary),
  };
  if (entry.nextAttemptAt !== undefined && entry.state === 'queued') view.nextAttemptAt = entry.nextAttemptAt;
  if (entry.lastError !== undefined) view.lastError = { ...entry.lastError };
  if (entry.sentAt !== undefined) view.sentAt = entry.sentAt;
  if (entry.sentCopy !== undefined) view.sentCopy = entry.sentCopy;
  return view;
}
