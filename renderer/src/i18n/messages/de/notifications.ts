/** Was main selbst zeigt (Benachrichtigungen, Hilfe-Menü) und Einstellungen › Benachrichtigungen. */
import type { English } from '../en';

export const notifications: English['notifications'] = {
  titles: {
    rejected: 'E-Mail wurde nicht ins CRM übernommen',
    sendFailed: 'Eine Nachricht konnte nicht gesendet werden',
    sourceStopped: 'E-Mail-Abgleich angehalten',
  },
  severalReasons: 'Mehrere Nachrichten aus verschiedenen Gründen: Die Liste „Abgelehnt“ sagt, warum.',
  fallback: 'Öffnen Sie Blindcopy, um den Grund zu sehen.',
  storeFailed: 'Blindcopy konnte neue E-Mails nicht speichern. Starten Sie Blindcopy neu; passiert es wieder, nutzen Sie Hilfe › Diagnose kopieren für den Support.',
  helpMenu: {
    copyDiagnostics: 'Diagnose kopieren',
    showLogFolder: 'Protokollordner zeigen',
  },
  settings: {
    title: 'Benachrichtigungen',
    intro: 'Blindcopy meldet sich auf dem Desktop, wenn etwas Sie braucht; ein Klick auf die Benachrichtigung öffnet die Stelle, an der Sie handeln können. Benachrichtigungen zeigen nie Betreff oder Absender einer Nachricht.',
    rejected: 'E-Mail wurde nicht ins CRM übernommen',
    rejectedHint: 'Mit dem Grund, z. B. von einer Adresse gesendet, die nicht Ihre ist.',
    sendFailed: 'Eine Nachricht konnte nicht gesendet werden',
    sendFailedHint: 'Der Postausgang hat eine Nachricht aufgegeben.',
    sourceStopped: 'E-Mail-Abgleich angehalten',
    sourceStoppedHint: 'Z. B. nimmt der Mailserver das Passwort nicht mehr an.',
    loadFailed: 'Die Einstellungen für Benachrichtigungen konnten nicht gelesen werden.',
    saveFailed: 'Die Änderung wurde nicht gespeichert. Versuchen Sie es noch einmal.',
  },
};
