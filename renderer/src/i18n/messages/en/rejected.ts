/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
export const rejected = {
  intro: 'Mail that reached the drop box but was not taken into the CRM inbox, and why. Accept a message to take it in after all.',
  loading: 'Loading…',
  noSubject: '(no subject)',
  unknownSender: 'Unknown sender',
  why: 'Why',
  reasons: {
    unknownOwner: 'Sent from an address that is not yours — add it as an alternate address in Settings.',
    ownerPending: 'Waiting for you to confirm this address.',
    authFailed: 'The sender’s server could not prove the mail is genuine (DKIM and SPF failed, or it claims your own address and your domain’s DMARC policy refuses it).',
    tooLarge: 'Larger than 20 MB, not downloaded.',
    unparseable: 'Could not be read.',
  },
  accept: 'Accept',
  acceptNamed: 'Accept: “{{subject}}”',
  accepted: 'Accepted — it will appear in the inbox at the next sync.',
  captured: 'Accepted — it is in the inbox now.',
  acceptFailed: 'It could not be accepted. Try again; if it keeps happening, restart Blindcopy.',
  openSettings: 'Open Settings',
};
