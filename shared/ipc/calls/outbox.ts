/**
 * IPC of the outbox (R2.6): compose queues, main sends. A refusal ('outbox-…', 'not-own-address')
 * is a Failure, thrown by main and rethrown by the renderer's api().
 */
import { z } from 'zod';
import { OutboxEntryViewSchema } from '../../rules/send/outboxEntry';
import { OutgoingMessageSchema } from '../../rules/send/outgoing';

const id = z.string().min(1).max(100);

export const outboxCalls = {
  'outbox:enqueue': { request: z.object({ message: OutgoingMessageSchema }).strict(), response: OutboxEntryViewSchema },
  'outbox:list': { request: z.object({}).strict(), response: z.array(OutboxEntryViewSchema) },
  'outbox:get': { request: z.object({ id }).strict(), response: z.object({ message: OutgoingMessageSchema.optional() }) },
  'outbox:retry': { request: z.object({ id }).strict(), response: OutboxEntryViewSchema },
  'outbox:edit': { request: z.object({ id, message: OutgoingMessageSchema }).strict(), response: OutboxEntryViewSchema },
  'outbox:remove': { request: z.object({ id }).strict(), response: z.object({ removed: z.literal(true) }) },
} as const;

export const outboxEvents = {
  'outbox:changed': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('changed'), entry: OutboxEntryViewSchema }),
    z.object({ kind: z.literal('removed'), id: z.string() }),
  ]),
} as const;
