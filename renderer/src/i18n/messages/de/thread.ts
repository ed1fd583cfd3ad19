/** The open thread: messages, authentication (R3.4), mail bodies (R10.2), attachments, deletion (R3.7). */
import type { English } from '../en';

export const thread: English['thread'] = {
  close: 'Schließen',
  closeThread: 'Unterhaltung schließen',
  gone: 'Diese Unterhaltung wurde gelöscht.',
  answer: {
    reply: 'Antworten',
    replyAll: 'Allen antworten',
    forward: 'Weiterleiten',
    messageGroup: 'Auf diese Nachricht antworten',
    threadGroup: 'Auf die Unterhaltung antworten (ihre neueste Nachricht)',
  },
  message: {
    to: 'An',
    cc: 'Cc',
    collapse: 'Einklappen',
    forwardedByYou: 'Antwort von {{author}}, von Ihnen weitergeleitet ({{address}})',
  },
  auth: {
    results: 'DKIM: {{dkim}} · SPF: {{spf}}',
    pass: {
      title: 'Absender bestätigt',
      short: 'Bestätigt',
      explain: 'DKIM oder SPF hat den Absender bestätigt.',
    },
    none: {
      title: 'Absender nicht geprüft',
      short: 'Nicht geprüft',
      explain: 'Die Nachricht trägt weder eine Signatur noch ein SPF-Ergebnis, mit dem sich der Absender prüfen ließe.',
    },
    fail: {
      title: 'Authentifizierung fehlgeschlagen',
      short: 'Prüfung fehlgeschlagen',
      explain: 'DKIM und SPF sind beide fehlgeschlagen: Diese Nachricht stammt womöglich nicht vom angegebenen Absender.',
    },
  },
  body: {
    frameTitle: 'Nachricht: {{subject}}',
    remoteBlocked: 'Externe Bilder sind zum Schutz Ihrer Privatsphäre blockiert.',
    showImages: 'Bilder anzeigen',
  },
  attachments: {
    title_one: '{{count}} Anhang',
    title_other: '{{count}} Anhänge',
    unnamed: 'Unbenannte Datei',
    download: 'Herunterladen',
    downloadNamed: '{{name}} herunterladen',
    failed: 'Der Anhang konnte nicht heruntergeladen werden.',
  },
  delete: {
    message: {
      button: 'Nachricht löschen',
      title: 'Diese Nachricht löschen?',
      confirm: 'Nachricht löschen',
      explain: 'Sie verschwindet aus dem Posteingang und von jedem Deal, Lead und Projekt, und die nächste Synchronisierung holt sie nicht zurück. Auf Ihrem Mailserver wird nichts gelöscht.',
      name: '{{author}}, {{date}}',
    },
    thread: {
      button: 'Unterhaltung löschen',
      title: 'Diese Unterhaltung löschen?',
      confirm: 'Unterhaltung löschen',
      explain: 'Alle ihre Nachrichten verschwinden aus dem Posteingang und von jedem Deal, Lead und Projekt, und die nächste Synchronisierung holt sie nicht zurück. Auf Ihrem Mailserver wird nichts gelöscht.',
    },
  },
};
