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
    dkimFor: 'DKIM signiert von {{domain}}',
    spfFor: 'SPF für {{domain}}',
    fromDomain: 'Domain des Absenders {{domain}}',
    dmarc: 'DMARC: {{result}}',
    dmarcPolicy: 'DMARC: {{result}} (p={{policy}})',
    ignored_one: '{{count}} tiefer stehender Authentication-Results-Header mit dem Namen Ihres Servers wurde ignoriert: Er wurde vor Ihrem Server hinzugefügt oder gefälscht.',
    ignored_other: '{{count}} tiefer stehende Authentication-Results-Header mit dem Namen Ihres Servers wurden ignoriert: Sie wurden vor Ihrem Server hinzugefügt oder gefälscht.',
    dmarcRejected: 'Sie gibt Ihre eigene Adresse als Absender an, und die DMARC-Richtlinie Ihrer Domain ({{policy}}) weist Mail zurück, die sie nicht erfüllt.',
    pass: {
      title: 'Absender bestätigt',
      short: 'Bestätigt',
      explain: 'DKIM oder SPF hat die Domain des Absenders bestätigt.',
    },
    'no-data': {
      title: 'Keine Authentifizierungsdaten',
      short: 'Keine Daten',
      explain: 'Weder Ihr Mailserver noch eine Signatur sagt etwas über den Absender.',
    },
    none: {
      title: 'Absender nicht geprüft',
      short: 'Nicht geprüft',
      explain: 'Die Prüfungen ergaben nichts, was den Absender bestätigt oder widerlegt.',
    },
    unaligned: {
      title: 'Absender nicht übereinstimmend',
      short: 'Nicht übereinstimmend',
      explain: 'DKIM oder SPF war erfolgreich, aber für eine andere Domain als die des Absenders: Das beweist nicht, wer die Nachricht geschickt hat.',
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
