/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
import type { English } from '../en';

export const rejected: English['rejected'] = {
  intro: 'E-post som kom till CRM-brevlådan men inte togs in i CRM-inkorgen, och varför. Godkänn ett meddelande för att ta in det ändå.',
  loading: 'Läser in …',
  noSubject: '(inget ämne)',
  unknownSender: 'Okänd avsändare',
  why: 'Varför',
  reasons: {
    unknownOwner: 'Skickat från en adress som inte är din – lägg till den som alternativ adress under Inställningar.',
    ownerPending: 'Väntar på att du bekräftar den här adressen.',
    authFailed: 'Avsändarens server kunde inte bevisa att e-posten är äkta (DKIM och SPF misslyckades, eller så utger det sig för att komma från din adress och domänens DMARC-policy avvisar det).',
    tooLarge: 'Större än 20 MB, inte nedladdat.',
    unparseable: 'Kunde inte läsas.',
  },
  accept: 'Godkänn',
  acceptNamed: 'Godkänn: ”{{subject}}”',
  accepted: 'Godkänt – det visas i inkorgen vid nästa synkronisering.',
  captured: 'Godkänt – det finns nu i inkorgen.',
  acceptFailed: 'Det gick inte att godkänna. Försök igen; om det händer igen, starta om Blindcopy.',
  openSettings: 'Öppna Inställningar',
};
