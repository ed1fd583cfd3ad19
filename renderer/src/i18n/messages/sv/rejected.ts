/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
import type { English } from '../en';

export const rejected: English['rejected'] = {
  intro: 'E-post som kom till CRM-brevlådan men inte togs in i CRM-inkorgen, och varför. Godkänn ett meddelande för att ta in det ändå.',
  loading: 'Läser in …',
  noSubject: '(inget ämne)',
  unknownSender: 'Okänd avsändare',
  why: 'Varför',
  reasons: {
    unknownOwner: 'Skickat från en adress som inte är en av dina.',
    ownerPending: 'Skickat från en av dina adresser som fortfarande väntar på bekräftelse.',
    authFailed: 'Avsändarens server kunde inte bevisa att e-posten är äkta (DKIM och SPF misslyckades, eller så utger det sig för att komma från din adress och domänens DMARC-policy avvisar det).',
    tooLarge: 'Större än 20 MB, inte nedladdat.',
    unparseable: 'Kunde inte läsas.',
  },
  advice: {
    confirmAddress: 'Bekräfta adressen under Inställningar: då kommer meddelandet in av sig självt.',
    addAlternate: 'Om adressen är din, lägg till den som alternativ adress under Inställningar: när den är bekräftad kommer dess e-post in av sig självt.',
    notYours: 'Det skickades inte av dig. Godkänn det bara om det hör hemma i ditt CRM.',
    checkGenuine: 'Godkänn det bara om du är säker på att det är äkta.',
  },
  accept: 'Godkänn',
  acceptNamed: 'Godkänn: ”{{subject}}”',
  accepted: 'Godkänt – hämtas igen.',
  captured: 'Godkänt – det finns nu i inkorgen.',
  acceptFailed: 'Det gick inte att godkänna. Försök igen; om det händer igen, starta om Blindcopy.',
  openSettings: 'Öppna Inställningar',
};
