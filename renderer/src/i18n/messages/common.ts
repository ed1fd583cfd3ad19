import { defineMessages } from '../defineMessages';

/** Words the shared components use (renderer/src/components) and answers any feature may give. */
export const common = defineMessages({
  en: {
    actions: {
      cancel: 'Cancel',
    },
    copy: {
      button: 'Copy',
      copied: 'Copied',
      refused: 'Copying was not allowed here. Select the text and press Ctrl+C (⌘C on a Mac).',
      bccAddress: 'Copy the BCC address',
    },
    coreError: {
      title: 'The Blindcopy core did not answer',
      advice: 'Nothing was changed. Try again; if it keeps happening, restart Blindcopy.',
    },
  },
  de: {
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
  },
  sv: {
    actions: {
      cancel: 'Avbryt',
    },
    copy: {
      button: 'Kopiera',
      copied: 'Kopierat',
      refused: 'Kopiering tilläts inte här. Markera texten och tryck Ctrl+C (⌘C på Mac).',
      bccAddress: 'Kopiera BCC-adressen',
    },
    coreError: {
      title: 'Blindcopy-kärnan svarade inte',
      advice: 'Ingenting ändrades. Försök igen; om det händer igen, starta om Blindcopy.',
    },
  },
  it: {
    actions: {
      cancel: 'Annulla',
    },
    copy: {
      button: 'Copia',
      copied: 'Copiato',
      refused: 'Qui la copia non è stata consentita. Seleziona il testo e premi Ctrl+C (⌘C su Mac).',
      bccAddress: 'Copia l’indirizzo BCC',
    },
    coreError: {
      title: 'Il nucleo di Blindcopy non ha risposto',
      advice: 'Non è stato modificato nulla. Riprova; se succede ancora, riavvia Blindcopy.',
    },
  },
  nb: {
    actions: {
      cancel: 'Avbryt',
    },
    copy: {
      button: 'Kopier',
      copied: 'Kopiert',
      refused: 'Kopiering ble ikke tillatt her. Merk teksten og trykk Ctrl+C (⌘C på Mac).',
      bccAddress: 'Kopier BCC-adressen',
    },
    coreError: {
      title: 'Blindcopy-kjernen svarte ikke',
      advice: 'Ingenting ble endret. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',
    },
  },
});
