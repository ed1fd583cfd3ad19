/** Words the shared components use (renderer/src/components) and answers any feature may give. */
import type { English } from '../en';

export const common: English['common'] = {
  actions: {
    cancel: 'Abbrechen',
  },
  copy: {
    button: 'Kopieren',
    copied: 'Kopiert',
    refused: 'Kopieren wurde hier nicht erlaubt. Markieren Sie den Text und drücken Sie Strg+C (⌘C auf dem Mac).',
    bccAddress: 'BCC-Adresse kopieren',
  },
  coreError: {
    title: 'Der Blindcopy-Kern hat nicht geantwortet',
    advice: 'Es wurde nichts geändert. Versuchen Sie es noch einmal; passiert es wieder, starten Sie Blindcopy neu.',
  },
  sources: {
    dropbox: 'E-Mails aus dem CRM-Postfach kommen nicht herein.',
    sync: 'Der Ordner „{{folder}}“ wird nicht synchronisiert.',
    all: 'Es werden keine E-Mails abgerufen.',
    fix: {
      password: 'Wurde das Passwort geändert, geben Sie das neue unter „Konto und CRM-Postfach“ ein und wählen Sie dann „Jetzt erneut versuchen“.',
      certificate: 'Wenn das Zertifikat des Servers absichtlich geändert wurde, prüfen Sie das neue in den Einstellungen und vertrauen Sie ihm; wählen Sie dann „Jetzt erneut versuchen“.',
      folder: 'Wählen Sie den Ordner in den Einstellungen erneut oder legen Sie ihn auf dem Server an; wählen Sie dann „Jetzt erneut versuchen“.',
      wait: 'Blindcopy versucht es von selbst erneut. Wählen Sie „Jetzt erneut versuchen“, um es sofort zu versuchen.',
      restart: 'Blindcopy startet ihn von selbst neu. Wenn das immer wieder passiert, starten Sie Blindcopy neu.',
      disk: 'Schaffen Sie Platz auf dem Datenträger und wählen Sie dann „Jetzt erneut versuchen“.',
    },
    retry: 'Jetzt erneut versuchen',
    retrying: 'Wird erneut versucht …',
    retryFailed: 'Der erneute Versuch hat nicht geklappt: {{reason}}',
    openSettings: 'Einstellungen öffnen',
  },
  undo: {
    button: 'Rückgängig',
    close: 'Schließen',
    failed: 'Rückgängig machen ging nicht: {{reason}}',
    commitFailed: 'Das hat nicht geklappt: {{reason}}',
    unlinked: 'Unterhaltung von „{{title}}“ getrennt',
    unlinkedPlain: 'Unterhaltung getrennt',
    deleted: {
      deal: 'Deal gelöscht',
      lead: 'Lead gelöscht',
      project: 'Projekt gelöscht',
      person: 'Person gelöscht',
      organization: 'Organisation gelöscht',
      thread: 'Unterhaltung gelöscht',
      message: 'Nachricht gelöscht',
    },
  },
};
