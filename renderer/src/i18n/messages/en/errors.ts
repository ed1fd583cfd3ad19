/**
 * Every failure a user can meet (shared/failures/failureCodes.ts), in words: one entry per code.
 * A code without words here fails the type-check (`satisfies`), and every other language is typed
 * by this shape. views/common/failureText.ts is the one place that reads them.
 */
import type { FailureCode } from '../../../../../shared/failures/failureCodes';

export const errors = {
  'auth-failed': 'The mail server refused the login. Check the password in Settings.',
  unreachable: 'The mail server cannot be reached right now (offline, or the server is down).',
  timeout: 'The mail server did not answer in time.',
  'tls-untrusted': 'The mail server’s certificate is not trusted. Check it in Settings.',
  'tls-failed': 'A secure connection to the mail server could not be made.',
  'starttls-missing': 'The mail server offers no encryption, so Blindcopy does not send the password to it.',
  'mailbox-missing': 'A folder Blindcopy needs is missing on the server.',
  protocol: 'The mail server answered in a way Blindcopy did not understand.',
  rejected: 'The mail server refused the message.',
  'verify-failed': 'Blindcopy could not check on the server whether an earlier attempt went out.',
  'not-configured': 'No login for the mail server is available. Check the account in Settings.',

  'invalid-request': 'The Blindcopy core could not take this request. Try again; if it keeps happening, restart Blindcopy.',
  'invalid-response': 'The Blindcopy core gave an answer that does not fit. Try again; if it keeps happening, restart Blindcopy.',
  'unknown-method': 'The Blindcopy core does not know this request. Restart Blindcopy.',
  'sender-forbidden': 'The Blindcopy core takes requests from its own window only.',
  internal: 'That did not work. Try again; if it keeps happening, restart Blindcopy.',

  invalid: 'Some of what you entered is not valid. Check the fields and try again.',
  'not-found': 'It no longer exists, or it is not visible to you. Nothing was changed.',
  forbidden: 'Only the owner of this conversation can change it.',
  'storage-full': 'Your computer has no room left for the CRM, so new mail is not being saved. Free up disk space; Blindcopy fetches the mail again by itself and loses none of it.',
  'store-failed': 'New mail could not be saved in the CRM. Blindcopy fetches it again by itself; if this keeps happening, restart Blindcopy.',
  'domain-invalid': '\'{{domain}}\' is not a domain name. Type it like acme.com.',
  'free-mail-domain': '{{domain}} belongs to a free-mail provider: its addresses say nothing about an employer, so it cannot be an organization\'s domain.',

  'keychain-unavailable':
    'Blindcopy keeps passwords only in your system’s keychain, encrypted — never in a plain file. The keychain is missing or locked, so nothing was saved: not the passwords and not the other settings.',
  'invalid-email': 'Enter your full email address, like jane@acme.com.',

  'address-invalid': 'That is not an email address. Use the form jane@acme.com.',
  'address-is-primary': 'This is your account’s own address: it is always one of yours.',
  'address-exists': 'This address is already in the list.',
  'address-not-listed': 'This address is no longer in the list.',
  'no-account': 'Connect your mail account in Settings first.',
  'address-not-pending': 'This address is already confirmed.',
  'confirmation-not-sent': 'The address is in the list, but the confirmation email could not be sent ({{reason}}). Send it again in a moment.',
  'confirm-invalid': 'That code or link no longer works: it was used already, or a newer email replaced it.',
  'confirm-expired': 'That code or link has expired (they last 24 hours). Send a new email.',
  'confirm-locked': 'Too many wrong codes. Open the link in the email, or send a new email.',
  'confirm-malformed': 'That is not a code from the email. Check what you typed.',
  'confirm-wrong-code': 'That code is not right. Attempts left: {{attemptsLeft}}.',

  'outbox-entry-missing': 'The message is no longer in the outbox.',
  'outbox-busy': 'The message is being sent right now. Try again in a moment.',
  'outbox-wrong-state': 'That is no longer possible: the message has moved on.',
  'not-own-address': 'It can be sent only from your own, confirmed addresses. Choose another sender, or confirm this address in Settings.',
  'message-missing': 'The message is no longer there: it may have been deleted from the CRM. Open the conversation again.',
  'already-sent': 'This message was already sent, and sent messages cannot be changed.',
  'capture-crashed': 'The part of Blindcopy that fetches mail stopped unexpectedly.',
  'replication-off': 'Keeping your CRM on the mail server is turned off. Turn it on in Settings to save your changes there.',
} satisfies Record<FailureCode, string>;
