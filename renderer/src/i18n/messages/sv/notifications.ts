/** Det main själv visar (aviseringar, Hjälp-menyn) och Inställningar › Aviseringar. */
import type { English } from '../en';

export const notifications: English['notifications'] = {
  titles: {
    rejected: 'E-post togs inte in i CRM',
    sendFailed: 'Ett meddelande kunde inte skickas',
    sourceStopped: 'E-postsynkroniseringen stannade',
  },
  severalReasons: 'Flera meddelanden, av olika skäl: listan Avvisade säger varför.',
  fallback: 'Öppna Blindcopy för att se varför.',
  storeFailed: 'Blindcopy kunde inte spara ny e-post. Starta om Blindcopy; om det händer igen, använd Hjälp › Kopiera diagnostik för supporten.',
  helpMenu: {
    copyDiagnostics: 'Kopiera diagnostik',
    showLogFolder: 'Visa loggmappen',
  },
  settings: {
    title: 'Aviseringar',
    intro: 'Blindcopy säger till på skrivbordet när något behöver dig; klickar du på aviseringen öppnas stället där du kan åtgärda det. Aviseringar visar aldrig ett meddelandes ämne eller avsändare.',
    rejected: 'E-post togs inte in i CRM',
    rejectedHint: 'Med skälet, t.ex. skickat från en adress som inte är din.',
    sendFailed: 'Ett meddelande kunde inte skickas',
    sendFailedHint: 'Utkorgen gav upp ett meddelande.',
    sourceStopped: 'E-postsynkroniseringen stannade',
    sourceStoppedHint: 'T.ex. tar e-postservern inte längre emot lösenordet.',
    loadFailed: 'Inställningarna för aviseringar kunde inte läsas.',
    saveFailed: 'Ändringen sparades inte. Försök igen.',
  },
};
