/**
 * A separate process that runs an outbox, for the crash test: the parent kills it with SIGKILL
 * the moment the SMTP server has accepted the message, and then opens the same outbox again.
 * Configuration comes in the environment (test users only), validated like any input.
 */
import { z } from 'zod';
import { createOutbox } from '../../../main/send/outbox';
import { ServerLoginSchema } from '../../../shared/settings/account';
import { OutgoingMessageSchema } from '../../../shared/rules/send/outgoing';

const ConfigSchema = z.object({
  dir: z.string(),
  smtp: ServerLoginSchema,
  imap: ServerLoginSchema,
  dropbox: z.object({ server: ServerLoginSchema, mailbox: z.string() }),
  message: OutgoingMessageSchema,
});

const config = ConfigSchema.parse(JSON.parse(process.env.BLINDCOPY_OUTBOX_CHILD ?? '{}'));
const outbox = createOutbox({
  dir: config.dir,
  smtp: () => config.smtp,
  imap: () => config.imap,
  dropbox: () => config.dropbox,
  backoff: { baseMs: 60_000, maxMs: 60_000 },
});
await outbox.start();
await outbox.enqueue(config.message);
process.stdout.write('enqueued\n');
// stay alive until killed
setInterval(() => undefined, 60_000);
