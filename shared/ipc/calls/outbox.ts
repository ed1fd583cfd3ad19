/** IPC of the outbox (R2.6): compose queues, main sends. */
import { z } from 'zod';
import { OutboxEntryViewSchema } from '../../rules/send/outboxEntry';
import { OutgoingMessageSchema } from '../../rules/send/outgoing';

const id = z.string().min(1).max(100);
export const OutboxRefusalSchema = z.object({ refused: z.enum(['not-found', 'busy', 'wrong-state', 'not-own-address']), message: z.string() });

export const outboxCalls = {
  'outbox:enqueue': { request: z.object({ message: OutgoingMessageSchema }).strict(), response: z.union([OutboxEntryViewSchema, OutboxRefusalSchema]) },
  'outbox:list': { request: z.object({}).strict(), response: z.array(OutboxEntryViewSchema) },
  'outbox:get': { request: z.object({ id }).strict(), response: z.object({ message: OutgoingMessageSchema.optional() }) },
  'outbox:retry': { request: z.object({ id }).strict(), response: z.union([OutboxEntryViewSchema, OutboxRefusalSchema]) },
  'outbox:edit': { request: z.object({ id, message: OutgoingMessageSchema }).strict(), response: z.union([OutboxEntryViewSchema, OutboxRefusalSchema]) },
  'outbox:remove': { request: z.object({ id }).strict(), response: z.union([z.object({ removed: z.literal(true) }), OutboxRefusalSchema]) },
} as const;

export const outboxEvents = {
  'outbox:changed': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('changed'), entry: OutboxEntryViewSchema }),
    z.object({ kind: z.literal('removed'), id: z.string() }),
  ]),
} as const;
