/** Every failure a user can meet, in words (see ../en/errors.ts). */
import type { English } from '../en';

export const errors: English['errors'] = {
  'auth-failed': 'Der Mailserver hat die Anmeldung abgelehnt. Prüfen Sie das Passwort in den Einstellungen.',
  unreachable: 'Der Mailserver ist gerade nicht erreichbar (offline, oder der Server ist ausgefallen).',
  timeout: 'Der Mailserver hat nicht rechtzeitig geantwortet.',
  'tls-untrusted': 'Dem Zertifikat des Mailservers wird nicht vertraut. Prüfen Sie es in den Einstellungen.',
  'tls-failed': 'Es konnte keine sichere Verbindung zum Mailserver aufgebaut werden.',
  'starttls-missing': 'Der Mailserver bietet keine Verschlüsselung an, daher sendet Blindcopy ihm kein Passwort.',
  'mailbox-missing': 'Ein Ordner, den Blindcopy braucht, fehlt auf dem Server.',
  protocol: 'Der Mailserver hat auf eine Weise geantwortet, die Blindcopy nicht versteht.',
  rejected: 'Der Mailserver hat die Nachricht abgelehnt.',
  'verify-failed': 'Blindcopy konnte auf dem Server nicht prüfen, ob ein früherer Versuch hinausging.',
  'not-configured': 'Es ist keine Anmeldung für den Mailserver verfügbar. Prüfen Sie das Konto in den Einstellungen.',

  'invalid-request': 'Der Blindcopy-Kern konnte diese Anfrage nicht annehmen. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',
  'invalid-response': 'Der Blindcopy-Kern hat unpassend geantwortet. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',
  'unknown-method': 'Der Blindcopy-Kern kennt diese Anfrage nicht. Starten Sie Blindcopy neu.',
  'sender-forbidden': 'Der Blindcopy-Kern nimmt Anfragen nur aus seinem eigenen Fenster an.',
  internal: 'Das hat nicht geklappt. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',

  invalid: 'Einige Angaben sind ungültig. Prüfen Sie die Felder und versuchen Sie es erneut.',
  'not-found': 'Das gibt es nicht mehr, oder Sie dürfen es nicht sehen. Es wurde nichts geändert.',
  forbidden: 'Nur der Eigentümer dieser Unterhaltung kann sie ändern.',
  'storage-full': 'Auf Ihrem Computer ist kein Platz mehr für das CRM, daher wird neue Mail nicht gespeichert. Schaffen Sie Speicherplatz; Blindcopy holt die Mail von selbst erneut ab und verliert keine davon.',
  'store-failed': 'Neue Mail konnte nicht im CRM gespeichert werden. Blindcopy holt sie von selbst erneut ab; wenn das wieder passiert, starten Sie Blindcopy neu.',
  'domain-invalid': '„{{domain}}“ ist kein Domainname. Geben Sie ihn wie acme.com ein.',
  'free-mail-domain': '{{domain}} gehört einem Freemail-Anbieter: Adressen dort sagen nichts über den Arbeitgeber, deshalb kann sie keine Domain einer Organisation sein.',

  'keychain-unavailable':
    'Blindcopy bewahrt Passwörter nur verschlüsselt im Schlüsselbund Ihres Systems auf – nie in einer einfachen Datei. Der Schlüsselbund fehlt oder ist gesperrt, deshalb wurde nichts gespeichert: weder die Passwörter noch die übrigen Einstellungen.',
  'invalid-email': 'Geben Sie Ihre vollständige E-Mail-Adresse ein, etwa erika@beispiel.de.',

  'address-invalid': 'Das ist keine E-Mail-Adresse. Verwenden Sie die Form erika@beispiel.de.',
  'address-is-primary': 'Das ist die Adresse Ihres Kontos: Sie gehört immer zu Ihren Adressen.',
  'address-exists': 'Diese Adresse steht schon in der Liste.',
  'address-not-listed': 'Diese Adresse steht nicht mehr in der Liste.',
  'no-account': 'Richten Sie zuerst Ihr E-Mail-Konto in den Einstellungen ein.',
  'address-not-pending': 'Diese Adresse ist bereits bestätigt.',
  'confirmation-not-sent': 'Die Adresse steht in der Liste, aber die Bestätigungs-E-Mail konnte nicht gesendet werden ({{reason}}). Senden Sie sie gleich noch einmal.',
  'confirm-invalid': 'Dieser Code oder Link gilt nicht mehr: Er wurde schon benutzt, oder eine neuere E-Mail hat ihn ersetzt.',
  'confirm-expired': 'Dieser Code oder Link ist abgelaufen (sie gelten 24 Stunden). Lassen Sie eine neue E-Mail senden.',
  'confirm-locked': 'Zu viele falsche Codes. Öffnen Sie den Link in der E-Mail oder lassen Sie eine neue E-Mail senden.',
  'confirm-malformed': 'Das ist kein Code aus der E-Mail. Prüfen Sie Ihre Eingabe.',
  'confirm-wrong-code': 'Dieser Code stimmt nicht. Verbleibende Versuche: {{attemptsLeft}}.',

  'outbox-entry-missing': 'Die Nachricht ist nicht mehr im Postausgang.',
  'outbox-busy': 'Die Nachricht wird gerade gesendet. Versuchen Sie es gleich noch einmal.',
  'outbox-wrong-state': 'Das ist nicht mehr möglich: Die Nachricht ist schon weiter.',
  'not-own-address':
    'Sie kann nur von Ihren eigenen, bestätigten Adressen gesendet werden. Wählen Sie einen anderen Absender oder bestätigen Sie diese Adresse in den Einstellungen.',
  'message-missing': 'Die Nachricht ist nicht mehr vorhanden: Vielleicht wurde sie aus dem CRM gelöscht. Öffnen Sie die Unterhaltung noch einmal.',
  'already-sent': 'Diese Nachricht wurde bereits gesendet, und gesendete Nachrichten lassen sich nicht mehr ändern.',
  'capture-crashed': 'Der Teil von Blindcopy, der E-Mails abruft, wurde unerwartet beendet.',
  'replication-off': 'Das Speichern Ihres CRM auf dem Mailserver ist ausgeschaltet. Schalten Sie es in den Einstellungen ein, um Ihre Änderungen dort zu sichern.',
};
