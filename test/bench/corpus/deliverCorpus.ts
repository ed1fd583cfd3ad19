/**
 * Puts the planned drop box into Dovecot over LMTP, several sessions at once (Dovecot delivers
 * in parallel; one session at a time would make setup, not the benchmark, the slow part).
 * Messages are rendered as they go, so the corpus is never all in memory.
 */
import type { MailStack } from '../../support/mail-stack';
import type { AttachmentPool } from './attachmentPool';
import type { CorpusPlan } from './plan';
import { renderMessage } from './renderMessage';

export interface CorpusFacts {
  messages: number;
  threads: number;
  counterparties: number;
  /** bytes of all messages as generated (Dovecot adds a few headers per message) */
  bytes: number;
  withAttachment: number;
  forwardedReplies: number;
  toItemAddress: number;
  withHtml: number;
  languages: Record<string, number>;
  deliverSeconds: number;
}

/** A second drop box that gets the first `count` messages too (a smaller mailbox to profile on). */
export interface CopyTo {
  address: string;
  count: number;
}

/** `crm+d-x@example.test` → `crm-profile+d-x@example.test`: the same item address on another box. */
function readdress(recipient: string, dropbox: string, other: string): string {
  const [box = ''] = dropbox.split('@');
  const [otherBox = ''] = other.split('@');
  return recipient.replace(new RegExp(`^${box}(?=[+@])`), otherBox);
}

export async function deliverCorpus(stack: MailStack, plan: CorpusPlan, pool: AttachmentPool, copyTo?: CopyTo, concurrency = 6): Promise<CorpusFacts> {
  const started = performance.now();
  let bytes = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.messages.length) {
      const message = plan.messages[next];
      next += 1;
      if (message === undefined) continue;
      const raw = renderMessage(message, plan.spec, pool);
      bytes += raw.length;
      await stack.deliver(message.recipient, raw, { from: plan.spec.owner.address });
      if (copyTo !== undefined && message.index < copyTo.count) {
        await stack.deliver(readdress(message.recipient, plan.spec.dropbox, copyTo.address), raw, { from: plan.spec.owner.address });
      }
    }
  };
  // Delivery order is UID order only roughly with parallel sessions; nothing depends on it.
  await Promise.all(Array.from({ length: concurrency }, worker));
  const languages: Record<string, number> = {};
  for (const m of plan.messages) languages[m.thread.language.code] = (languages[m.thread.language.code] ?? 0) + 1;
  return {
    messages: plan.messages.length,
    threads: plan.threads.length,
    counterparties: plan.counterparties,
    bytes,
    withAttachment: plan.messages.filter((m) => m.attachment !== undefined).length,
    forwardedReplies: plan.messages.filter((m) => m.kind === 'forwarded-reply').length,
    toItemAddress: plan.messages.filter((m) => m.recipient !== plan.spec.dropbox).length,
    withHtml: plan.messages.filter((m) => m.html).length,
    languages,
    deliverSeconds: (performance.now() - started) / 1000,
  };
}
