/**
 * R6.2 the words of the confirmation email: the link that opens the app, and the code for when
 * the mail is read on another device. The app can hand in its own (translated) wording.
 */
import { formatCode } from '../../shared/rules/send/confirmation';

export interface ConfirmationMailInput {
  address: string;
  link: string;
  code: string;
  expiresAt: number;
}

export interface ConfirmationMailText {
  subject: string;
  text: string;
}

export function defaultConfirmationMail(input: ConfirmationMailInput): ConfirmationMailText {
  return {
    subject: 'Confirm your address for Blindcopy',
    text: [
      `Blindcopy was asked to accept mail sent from ${input.address} as yours.`,
      '',
      'To confirm, open this link on the computer where Blindcopy runs:',
      input.link,
      '',
      `Or type this code in Blindcopy's settings: ${formatCode(input.code)}`,
      '',
      `The link and the code work once, until ${new Date(input.expiresAt).toUTCString()}.`,
      'If you did not ask for this, ignore this message: nothing changes.',
      '',
    ].join('\n'),
  };
}
