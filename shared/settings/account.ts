/** Connection settings of the user's mail account and drop box. Secrets are never part of these. */
import { z } from 'zod';

export const TlsModeSchema = z.enum(['implicit', 'starttls']);
export type TlsMode = z.infer<typeof TlsModeSchema>;

const hostSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'host name or IP address');

export const ServerSettingsSchema = z.object({
  host: hostSchema,
  port: z.number().int().min(1).max(65535),
  tls: TlsModeSchema,
  user: z.string().min(1).max(320),
  /**
   * A self-signed certificate the user chose to trust for this one server: pinned (trusted as
   * the only root, and matched by SHA-256), never a global "ignore TLS errors".
   */
  pinnedCertificate: z
    .object({
      pem: z.string().max(20_000).startsWith('-----BEGIN CERTIFICATE-----'),
      sha256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    })
    .optional(),
});
export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/** A server plus the password to try it with: only ever in memory, never persisted as is. */
export const ServerLoginSchema = ServerSettingsSchema.extend({
  password: z.string().min(1).max(4096),
});
export type ServerLogin = z.infer<typeof ServerLoginSchema>;
