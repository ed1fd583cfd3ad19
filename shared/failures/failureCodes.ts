/**
 * THE table of every failure a user can meet, by a stable code. main and the renderer throw
 * `Failure`s with these codes, IPC carries them as one shape (FailureSchema), and the renderer
 * words each code once (renderer/src/i18n/messages/<language>/errors.ts: a code without words in
 * every language fails the type-check). Add a code here first.
 */
import { z } from 'zod';

export const FailureCodeSchema = z.enum([
  // -- a mail server (connection tests, sending; shared/ipc/connection.ts picks these) --
  'auth-failed', // the server said the user name or password is wrong
  'unreachable', // nothing listens there / host not found / network down
  'timeout', // no answer in time
  'tls-untrusted', // certificate not trusted (self-signed, wrong host, expired)
  'tls-failed', // TLS handshake failed for another reason
  'starttls-missing', // the server offers no STARTTLS; we never send a password in clear text
  'mailbox-missing', // logged in, but a folder we need does not exist
  'protocol', // the other side does not speak IMAP/SMTP as expected
  'rejected', // the SMTP server refused the message (4xx/5xx)
  'verify-failed', // could not check on the server whether an earlier attempt went out
  'not-configured', // no login for the mail server is available

  // -- the IPC envelope (main/ipc/registry.ts, the transports) --
  'invalid-request', // the request failed the contract's validation
  'invalid-response', // a handler answered outside the contract (a bug on our side)
  'unknown-method', // no such call
  'sender-forbidden', // the call did not come from the app window
  'internal', // anything unexpected; details stay in main's log

  // -- the renderer's CRM store --
  'invalid', // the input does not fit the schema (a batch over IPC, a form)
  'not-found', // no such row, or one the viewer may not see (the two are not told apart, R5.1)
  'forbidden', // the viewer may see it but not do this (R4.12)
  'storage-full', // R8.2: IndexedDB refused a commit for lack of space (QuotaExceededError); capture fetches the batch again later
  'store-failed', // a capture batch could not be committed for another reason; fetched again later
  'domain-invalid', // R4.3 an organization's mail domain is not a domain name (params.domain)
  'free-mail-domain', // R4.3 a free-mail provider's domain cannot be an organization's (params.domain)

  // -- the account (settings, first run) --
  'keychain-unavailable', // R8.2: the system keychain is missing or refused; nothing was saved
  'invalid-email', // the typed address is not an email address (params.reason says why)

  // -- alternate sender addresses (R6) --
  'address-invalid', // not an email address
  'address-is-primary', // it is the account's own address
  'address-exists', // already listed
  'address-not-listed', // no such alternate address
  'no-account', // no account is set up yet
  'address-not-pending', // the address is not waiting for confirmation
  'confirmation-not-sent', // the address is listed, but its confirmation email did not go out (params.reason)
  'confirm-invalid', // the link or code matches no challenge (used, replaced, or never sent)
  'confirm-expired', // the link or code is older than 24 hours
  'confirm-locked', // too many wrong codes: only the link or a new mail helps
  'confirm-malformed', // what was typed cannot be a code (a typo, costs no attempt)
  'confirm-wrong-code', // a wrong code (params.attemptsLeft)

  // -- the outbox (R2.6) and compose --
  'outbox-entry-missing', // the entry is no longer in the outbox
  'outbox-busy', // the entry is being sent or changed right now
  'outbox-wrong-state', // the entry has moved on (e.g. it was sent meanwhile)
  'not-own-address', // R3.3: mail goes out only from the account's own, confirmed addresses
  'message-missing', // the message compose was opened for is no longer in the CRM
  'already-sent', // a sent outbox entry cannot be edited

  // -- capture of mail (R10.4: a source that stops says why) --
  'capture-crashed', // the part of Blindcopy that fetches mail stopped unexpectedly (crashed, out of memory, hung)

  // -- replication through the mail server (R8.3) --
  'replication-off', // keeping the CRM on the server is turned off (or the app is stopping)
]);
export type FailureCode = z.infer<typeof FailureCodeSchema>;

/** The IPC envelope's own failures: the core did not (properly) answer, rather than refuse. */
export const CoreFailureCodeSchema = FailureCodeSchema.extract(['invalid-request', 'invalid-response', 'unknown-method', 'sender-forbidden', 'internal']);

export const FailureParamsSchema = z.record(z.string(), z.union([z.string().max(1000), z.number()]));
export type FailureParams = z.infer<typeof FailureParamsSchema>;

/**
 * The one shape of a refusal across a boundary. `message` is English for logs and tests: it never
 * holds a secret or a message's content. The user reads the code's words, not the message.
 */
export const FailureSchema = z.object({
  code: FailureCodeSchema,
  message: z.string().max(2000),
  params: FailureParamsSchema.optional(),
});
export type FailureShape = z.infer<typeof FailureSchema>;
