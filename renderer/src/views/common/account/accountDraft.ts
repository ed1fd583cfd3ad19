/** The whole account as the user edits it, and the AccountConfig it becomes when saved. */
import type { CompanyBcc } from '../../../../../shared/domain/crm';
import { AccountConfigSchema, type AccountConfig } from '../../../../../shared/settings/accountConfig';
import { dropboxConfigOf, dropboxDraftOf, emptyDropbox, type DropboxDraft } from './dropboxDraft';
import { draftOf, emptyServer, settingsOf, type ServerDraft } from './serverDraft';

export interface AccountDraft {
  email: string;
  displayName: string;
  imap: ServerDraft;
  smtp: ServerDraft;
  dropbox: DropboxDraft;
}

export function emptyAccount(): AccountDraft {
  return { email: '', displayName: '', imap: emptyServer('imap'), smtp: emptyServer('smtp'), dropbox: emptyDropbox() };
}

export function accountDraftOf(config: AccountConfig): AccountDraft {
  return {
    email: config.email,
    displayName: config.displayName ?? '',
    imap: draftOf(config.imap),
    smtp: draftOf(config.smtp),
    dropbox: dropboxDraftOf(config.dropbox),
  };
}

/**
 * Whether `value` is an address the account may use: the account's own address and the
 * alternates it sends as. Stricter on purpose than the CRM's `looksLikeAddress`
 * (shared/rules/emailAddress.ts): these log in and go into From headers, so the form accepts
 * exactly what AccountConfigSchema (checked again in main) accepts.
 */
/** The draft with every password cleared: passwords leave memory once saved. */
export function withoutPasswords(d: AccountDraft): AccountDraft {
  return { ...d, imap: { ...d.imap, password: '' }, smtp: { ...d.smtp, password: '' }, dropbox: { ...d.dropbox, server: { ...d.dropbox.server, password: '' } } };
}

export function isEmailAddress(value: string): boolean {
  return AccountConfigSchema.shape.email.safeParse(value.trim()).success;
}

/**
 * The config to save: the draft's account and drop box, the given BCC setting, and everything
 * else (sync, auto-BCC, delimiter, authserv-id) kept from `base`. Undefined while incomplete.
 */
export function accountConfigOf(draft: AccountDraft, companyBcc: CompanyBcc, base?: AccountConfig): AccountConfig | undefined {
  const imap = settingsOf(draft.imap);
  const smtp = settingsOf(draft.smtp);
  const dropbox = dropboxConfigOf(draft.dropbox);
  if (!imap || !smtp || !dropbox) return undefined;
  const displayName = draft.displayName.trim();
  const parsed = AccountConfigSchema.safeParse({
    ...(base ?? {}),
    email: draft.email.trim(),
    displayName: displayName || undefined,
    imap,
    smtp,
    dropbox,
    companyBcc,
  });
  return parsed.success ? parsed.data : undefined;
}
