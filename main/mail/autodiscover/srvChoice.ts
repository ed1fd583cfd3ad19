/** Picks the server to use from one SRV answer (RFC 2782, as RFC 6186 applies it to mail). */
import { z } from 'zod';
import { ServerSettingsSchema } from '../../../shared/settings/account';

export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

/** The resolver is injected, so its answer is data from outside like any other. */
export const SrvRecordsSchema = z
  .array(
    z.object({
      name: z.string().max(255),
      port: z.number().int().min(0).max(65535),
      priority: z.number().int().min(0).max(65535),
      weight: z.number().int().min(0).max(65535),
    }),
  )
  .max(100);

const hostSchema = ServerSettingsSchema.shape.host;

/** RFC 2782: a target of "." means the service is decidedly not offered. c-ares reports it as "". */
function isNotOffered(record: SrvRecord): boolean {
  return record.name === '' || record.name === '.';
}

/**
 * The best usable target: lowest priority first, then highest weight. RFC 2782 asks for a
 * weighted random pick among equal priorities; a deterministic one gives the same answer on every
 * attempt, which matters more for a one-time setup wizard than load spreading.
 */
export function pickSrvTarget(records: readonly SrvRecord[]): { host: string; port: number } | undefined {
  const usable = records
    .filter((r) => !isNotOffered(r) && r.port > 0)
    .map((r) => ({ ...r, host: r.name.replace(/\.$/, '').toLowerCase() }))
    .filter((r) => hostSchema.safeParse(r.host).success);
  // Array.prototype.sort is stable: equal records keep the resolver's order.
  const best = usable.sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0];
  return best ? { host: best.host, port: best.port } : undefined;
}
