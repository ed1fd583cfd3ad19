/** Compose (R2, R10.1) and the outcome of an address confirmation link (R6.2). */
import type { English } from '../en';

export const compose: English['compose'] = {
  launch: {
    new: 'Verfassen',
    continue: 'Entwurf fortsetzen',
  },
  title: {
    new: 'Neue Nachricht',
    reply: 'Antworten',
    'reply-all': 'Allen antworten',
    forward: 'Weiterleiten',
    edit: 'Wartende Nachricht bearbeiten',
  },
  close: 'Schließen (der Entwurf bleibt erhalten)',
  replace: {
    question: 'Sie schreiben gerade eine andere Nachricht. Durch die neue ersetzen? Ihr Text geht dann verloren.',
    replace: 'Ersetzen',
    keep: 'Weiterschreiben',
  },
  dock: {
    minimise: 'Minimieren',
    restore: 'Wiederherstellen',
  },
  loading: 'Nachricht wird vorbereitet …',
  fields: {
    from: 'Von',
    to: 'An',
    cc: 'Cc',
    bcc: 'Bcc',
    addCc: 'Cc hinzufügen',
    addBcc: 'Bcc hinzufügen',
    subject: 'Betreff',
    text: 'Nachricht',
  },
  recipients: {
    listLabel: {
      to: 'Empfänger in An',
      cc: 'Empfänger in Cc',
      bcc: 'Empfänger in Bcc',
    },
    remove: '{{address}} entfernen',
    suggestions: 'Personen aus dem CRM',
    invalid: 'Keine E-Mail-Adresse: {{text}}',
    missing: 'Fügen Sie mindestens einen Empfänger hinzu.',
  },
  item: {
    label: 'Deal oder Lead',
    placeholder: 'Einem Deal oder Lead zuordnen …',
    hint: 'Die Kopie für das CRM geht dann an dessen eigene Adresse, und die Unterhaltung wird damit verknüpft.',
    none: 'Kein offener Deal oder Lead beginnt mit „{{query}}“.',
    suggestions: 'Offene Deals und Leads',
    change: 'Ändern',
    remove: 'Entfernen',
    removeNamed: 'Nicht „{{title}}“ zuordnen',
    kind: {
      deal: 'Deal',
      lead: 'Lead',
      project: 'Projekt',
    },
  },
  crm: {
    title: 'Kopie für das CRM',
    company: 'Eine Kopie für das CRM geht an die Firmenadresse',
    item: {
      deal: 'Eine Kopie für das CRM geht an den Deal „{{title}}“',
      lead: 'Eine Kopie für das CRM geht an den Lead „{{title}}“',
    },
    kept: 'Eine Kopie für das CRM geht an',
    hidden: 'Nur das CRM erhält diese Adresse: Die anderen Empfänger sehen sie nie.',
    ask: 'Kopie an das CRM senden ({{address}})',
    askHint: 'Laut Ihrer Einstellung werden Sie jedes Mal gefragt. Empfänger sehen diese Adresse nie.',
    none: 'Es geht keine Kopie an das CRM (Ihre Einstellung ist „nie“). Ordnen Sie einen Deal oder Lead zu, um eine zu senden.',
  },
  attachments: {
    add: 'Dateien anhängen',
    total_one: '{{count}} Datei, {{size}}',
    total_other: '{{count}} Dateien, {{size}}',
    listLabel: 'Anhänge',
    remove: 'Entfernen',
    removeNamed: '{{name}} entfernen',
    tooLarge: 'Nicht angehängt: {{names}}. Eine Nachricht kann höchstens {{limit}} an Anhängen tragen.',
    unreadable: '{{names}} konnte nicht gelesen werden. Wählen Sie die Datei noch einmal aus.',
  },
  warnings: {
    severalItems: {
      title: 'Mehrere Deals oder Leads unter den Empfängern',
      text: 'Das CRM verknüpft diese Unterhaltung dann mit keinem davon. Behalten Sie nach Möglichkeit nur eine Deal- oder Lead-Adresse:',
    },
    tooLarge: {
      title: 'Diese Nachricht ist etwa {{size}} groß',
      text: 'Das CRM erfasst Nachrichten bis {{limit}} Versandgröße (Anhänge werden unterwegs um etwa ein Drittel größer). Sie wird gesendet, erscheint aber nicht im CRM.',
    },
  },
  discard: {
    button: 'Verwerfen',
    question: 'Diesen Entwurf verwerfen?',
    confirm: 'Verwerfen',
    keep: 'Weiterschreiben',
  },
  send: {
    button: 'Senden',
    saveEdit: 'Speichern und senden',
    refusedTitle: 'Die Nachricht wurde nicht in den Postausgang gestellt',
    invalidTitle: 'So kann die Nachricht nicht gesendet werden',
    invalid: 'Prüfen Sie die Adressen, den Betreff (eine Zeile) und die Anhänge.',
    coreError: 'Es wurde nichts in den Postausgang gestellt. Versuchen Sie es noch einmal; Ihr Entwurf bleibt erhalten.',
  },
  queued: {
    sent: 'Ihre Nachricht liegt im Postausgang und geht raus, sobald der Server sie annimmt.',
    edited: 'Die geänderte Nachricht liegt im Postausgang und geht raus, sobald der Server sie annimmt.',
    delivered: 'Ihre Nachricht wurde gesendet.',
  },
  problem: {
    'message-missing': {
      title: 'Die Nachricht ist nicht mehr vorhanden',
      text: 'Vielleicht wurde sie aus dem CRM gelöscht. Öffnen Sie die Unterhaltung noch einmal.',
    },
    'already-sent': {
      title: 'Diese Nachricht wurde bereits gesendet',
      text: 'Gesendete Nachrichten lassen sich nicht mehr ändern.',
    },
    'core-error': {
      title: 'Der Blindcopy-Kern hat nicht geantwortet',
      text: 'Zum Verfassen werden Ihre Kontoeinstellungen gebraucht. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',
    },
    'no-account': {
      title: 'Noch kein E-Mail-Konto',
      text: 'Verbinden Sie zuerst in den Einstellungen Ihr E-Mail-Konto.',
    },
  },
  confirmLink: {
    dismiss: 'Schließen',
    ask: {
      title: 'Eine Absenderadresse mit diesem Link bestätigen?',
      text: 'Der geöffnete Link bestätigt eine Adresse als Ihre: E-Mails von ihr kommen dann in Ihr CRM, und Sie können von ihr senden. Bestätigen Sie nur, wenn Sie das angefordert haben und der Link aus der Bestätigungs-E-Mail von Blindcopy stammt.',
      confirm: 'Adresse bestätigen',
      cancel: 'Abbrechen',
    },
    refused: {
      title: 'Blindcopy kann diesen Link nicht öffnen',
      text: 'Blindcopy kennt diesen Link nicht, oder er ist zu lang. Blindcopy öffnet nur die Bestätigungslinks aus seinen eigenen E-Mails. Es wurde nichts geändert.',
    },
    checking: {
      title: 'Bestätigungslink wird geprüft …',
      text: 'Einen Moment.',
    },
    confirmed: {
      title: 'Adresse bestätigt',
      text: 'E-Mails von {{address}} werden jetzt als Ihre angenommen, und Sie können von dieser Adresse senden.',
    },
    expired: {
      title: 'Dieser Bestätigungslink ist abgelaufen',
      text: 'Links gelten 24 Stunden. Senden Sie unter Einstellungen › Ihre Absenderadressen eine neue Bestätigungs-E-Mail.',
    },
    invalid: {
      title: 'Dieser Bestätigungslink funktioniert nicht',
      text: 'Er ist ungültig oder wurde schon verwendet. Wartet die Adresse noch, senden Sie unter Einstellungen › Ihre Absenderadressen eine neue Bestätigungs-E-Mail.',
    },
    'core-error': {
      title: 'Der Link konnte nicht geprüft werden',
      text: 'Der Blindcopy-Kern hat nicht geantwortet. Öffnen Sie den Link gleich noch einmal.',
    },
  },
};
