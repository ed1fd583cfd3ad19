/**
 * The mail side of the settings, owned by main (it connects and sends before any window
 * exists): the account, the drop box, the company BCC address, sync and auto-BCC. Kept in a
 * zod-validated file; passwords are never part of it (they live in the secret store).
 * CRM preferences (linking mode, sharing default) live in the renderer's store.
 */
import { z } from 'zod';
import { CompanyBccSchema } from '../domain/crm';
import { ServerSettingsSchema } from './account';

export const DropboxConfigSchema = z.discriminatedUnion('mode', [
  /** a folder of the account itself (e.g. a server-side rule files crm@ mail there) */
  z.object({ mode: z.literal('folder'), mailbox: z.string().min(1).max(1000) }),
  /** a separate IMAP login (the company's crm@ mailbox) */
  z.object({ mode: z.literal('login'), server: ServerSettingsSchema, mailbox: z.string().min(1).max(1000) }),
]);
export type DropboxConfig = z.infer<typeof DropboxConfigSchema>;

export const AutoBccModeSchema = z.enum(['always', 'ask', 'never']);
export type AutoBccMode = z.infer<typeof AutoBccModeSchema>;

export const SyncConfigSchema = z.object({
  /** R7.1: besides the drop box, sync folders of the account */
  enabled: z.boolean(),
  folders: z.union([z.literal('all'), z.array(z.string().min(1))]),
  /** R7.2: only this many days back on the first sync */
  sinceDays: z.number().int().min(1).max(3650),
});
export type SyncConfig = z.infer<typeof SyncConfigSchema>;

/** R8.3: the CRM kept on the account's own server as well (on unless the user turns it off) */
export const ReplicationConfigSchema = z.object({
  enabled: z.boolean(),
  /** the account's folder of operations and snapshots; created when missing */
  folder: z.string().min(1).max(200),
});
export type ReplicationConfig = z.infer<typeof ReplicationConfigSchema>;
export const DEFAULT_REPLICATION: ReplicationConfig = { enabled: true, folder: 'Blindcopy' };

export const AccountConfigSchema = z.object({
  /** the primary address (R6.4) */
  email: z.string().email().max(320),
  displayName: z.string().max(200).optional(),
  imap: ServerSettingsSchema,
  smtp: ServerSettingsSchema,
  dropbox: DropboxConfigSchema,
  companyBcc: CompanyBccSchema,
  /** sub-address delimiter of item addresses (R1.3) */
  delimiter: z.string().length(1).default('+'),
  /** authserv-id of the drop box's own server (R3.4); learned from the first message if unset */
  authservId: z.string().max(253).optional(),
  sync: SyncConfigSchema.default({ enabled: false, folders: 'all', sinceDays: 30 }),
  autoBcc: AutoBccModeSchema.default('always'),
  replication: ReplicationConfigSchema.default(DEFAULT_REPLICATION),
});
export type AccountConfig = z.infer<typeof AccountConfigSchema>;

/** What the renderer sees: the config plus which passwords are stored, never the passwords. */
export const AccountViewSchema = z.object({
  config: AccountConfigSchema.optional(),
  hasPassword: z.object({ imap: z.boolean(), smtp: z.boolean(), dropbox: z.boolean() }),
});
export type AccountView = z.infer<typeof AccountViewSchema>;

export const SecretKindSchema = z.enum(['imap', 'smtp', 'dropbox']);
export type SecretKind = z.infer<typeof SecretKindSchema>;
