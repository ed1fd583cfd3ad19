/** Det main selv viser (varsler, Hjelp-menyen) og Innstillinger › Varsler. */
import type { English } from '../en';

export const notifications: English['notifications'] = {
  titles: {
    rejected: 'E-post ble ikke tatt inn i CRM',
    sendFailed: 'En melding kunne ikke sendes',
    sourceStopped: 'E-postsynkroniseringen stoppet',
  },
  severalReasons: 'Flere meldinger, av ulike grunner: listen Avvist sier hvorfor.',
  fallback: 'Åpne Blindcopy for å se hvorfor.',
  storeFailed: 'Blindcopy kunne ikke lagre ny e-post. Start Blindcopy på nytt; skjer det igjen, bruk Hjelp › Kopier diagnostikk for brukerstøtten.',
  helpMenu: {
    copyDiagnostics: 'Kopier diagnostikk',
    showLogFolder: 'Vis loggmappen',
  },
  settings: {
    title: 'Varsler',
    intro: 'Blindcopy sier fra på skrivebordet når noe trenger deg; klikker du på varselet, åpnes stedet der du kan gjøre noe med det. Varsler viser aldri emnet eller avsenderen til en melding.',
    rejected: 'E-post ble ikke tatt inn i CRM',
    rejectedHint: 'Med grunnen, f.eks. sendt fra en adresse som ikke er din.',
    sendFailed: 'En melding kunne ikke sendes',
    sendFailedHint: 'Utboksen ga opp en melding.',
    sourceStopped: 'E-postsynkroniseringen stoppet',
    sourceStoppedHint: 'F.eks. godtar e-postserveren ikke lenger passordet.',
    loadFailed: 'Innstillingene for varsler kunne ikke leses.',
    saveFailed: 'Endringen ble ikke lagret. Prøv igjen.',
  },
};
