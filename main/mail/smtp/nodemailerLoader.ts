/**
 * nodemailer is needed only to send or to test an SMTP login, which the app does rarely; loaded
 * on first use it costs no memory for the rest of the session (about 25 MB once loaded).
 */
import type { createTransport as CreateTransport } from 'nodemailer';
import type MailComposerClass from 'nodemailer/lib/mail-composer';

let transportLoaded: Promise<typeof CreateTransport> | undefined;
let composerLoaded: Promise<typeof MailComposerClass> | undefined;

export function loadCreateTransport(): Promise<typeof CreateTransport> {
  transportLoaded ??= import('nodemailer').then((m) => m.createTransport);
  return transportLoaded;
}

export function loadMailComposer(): Promise<typeof MailComposerClass> {
  composerLoaded ??= import('nodemailer/lib/mail-composer').then((m) => m.default);
  return composerLoaded;
}
