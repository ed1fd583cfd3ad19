/**
 * R3.8 / R6.2: mail Blindcopy itself sends that is not CRM mail — the confirmation email of an
 * alternate address — carries a header saying so, and capture skips it wherever it arrives
 * (the synced folders, when the alternate forwards to the account or the server keeps a Sent
 * copy; the drop box, when it is copied there). Only from one of the account's own addresses: a
 * stranger's mail with the same header is judged like any other mail.
 */
import { addressStanding, type OwnAddresses } from './owner';

export const PURPOSE_HEADER = 'X-Blindcopy-Purpose';
export const ADDRESS_CONFIRMATION_PURPOSE = 'address-confirmation';

/** `purpose`: the value of the message's X-Blindcopy-Purpose header, if any */
export function isOwnConfirmationMail(purpose: string | undefined, sender: string | undefined, own: OwnAddresses): boolean {
  if (purpose?.trim().toLowerCase() !== ADDRESS_CONFIRMATION_PURPOSE) return false;
  const standing = addressStanding(sender, own);
  return standing === 'primary' || standing === 'verified';
}
