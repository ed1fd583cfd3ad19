/** The answer of a connection test: success, or one failure a user can act on. */
import { z } from 'zod';
import { FailureCodeSchema } from '../failures/failureCodes';

export const CertificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  sha256: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  /** so the user can pin exactly this certificate */
  pem: z.string(),
});
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

/** The failures a connection test answers with: codes of the one table (shared/failures). */
export const ConnectionFailureCodeSchema = FailureCodeSchema.extract([
  'auth-failed', // server said the user name or password is wrong
  'unreachable', // nothing listens there / host not found / network down
  'timeout', // no answer in time
  'tls-untrusted', // certificate not trusted (self-signed, wrong host, expired): see certificate
  'tls-failed', // TLS handshake failed for another reason
  'starttls-missing', // server offers no STARTTLS; we never send a password in clear text
  'mailbox-missing', // logged in, but the chosen drop-box folder does not exist
  'protocol', // the other side does not speak IMAP/SMTP as expected
]);
export type ConnectionFailureCode = z.infer<typeof ConnectionFailureCodeSchema>;

export const ConnectionTestResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    capabilities: z.array(z.string()),
    mailboxes: z.array(z.string()),
  }),
  z.object({
    ok: z.literal(false),
    code: ConnectionFailureCodeSchema,
    /** the server's own words, when it said something (never contains the password) */
    serverText: z.string().optional(),
    certificate: CertificateInfoSchema.optional(),
  }),
]);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;
