/**
 * IPC of alternate sender addresses (R6). A refused request (e.g. the address is already listed)
 * is a Failure ('address-…', 'no-account'), thrown by main and rethrown by the renderer's api().
 */
import { z } from 'zod';
import { OwnAddressViewSchema } from '../../rules/send/ownAddresses';

const address = z.string().min(3).max(320);

export const AddAddressResultSchema = z.discriminatedUnion('sent', [
  z.object({ address: z.string(), sent: z.literal(true) }),
  z.object({ address: z.string(), sent: z.literal(false), error: z.string() }),
]);
export type AddAddressResult = z.infer<typeof AddAddressResultSchema>;

/** A refused confirmation is a Failure ('confirm-…'; a wrong code carries params.attemptsLeft). */
export const ConfirmAddressResultSchema = z.object({ ok: z.literal(true), address: z.string() });

export const addressCalls = {
  /** primary first (R6.4), then alternates with their state */
  'addresses:list': { request: z.object({}).strict(), response: z.array(OwnAddressViewSchema) },
  'addresses:add': { request: z.object({ address }).strict(), response: AddAddressResultSchema },
  'addresses:resend': { request: z.object({ address }).strict(), response: AddAddressResultSchema },
  'addresses:remove': { request: z.object({ address }).strict(), response: z.object({ removed: z.literal(true) }) },
  'addresses:confirmCode': { request: z.object({ address, code: z.string().max(40) }).strict(), response: ConfirmAddressResultSchema },
  'addresses:confirmToken': { request: z.object({ token: z.string().max(4096) }).strict(), response: ConfirmAddressResultSchema },
} as const;

export const addressEvents = {
  /** an alternate address was confirmed: mail held for it can be released (R3.8) */
  'addresses:confirmed': z.object({ address: z.string() }),
  'addresses:changed': z.object({}),
} as const;
