/** Words the shared components use (renderer/src/components) and answers any feature may give. */
import type { English } from '../en';

export const common: English['common'] = {
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
  sources: {
    dropbox: 'Le email della casella CRM non arrivano.',
    sync: 'La cartella «{{folder}}» non si sincronizza.',
    all: 'Le email non vengono scaricate.',
    fix: {
      password: 'Se la password è cambiata, inserisci quella nuova in «Account e casella CRM», poi scegli Riprova ora.',
      certificate: 'Se il certificato del server è stato cambiato di proposito, controlla e accetta quello nuovo nelle Impostazioni, poi scegli Riprova ora.',
      folder: 'Scegli di nuovo la cartella nelle Impostazioni, o creala sul server, poi scegli Riprova ora.',
      wait: 'Blindcopy riprova da solo. Scegli Riprova ora per riprovare subito.',
      restart: 'Blindcopy lo riavvia da solo. Se continua a fermarsi, riavvia Blindcopy.',
      disk: 'Libera spazio sul disco, poi scegli Riprova ora.',
    },
    retry: 'Riprova ora',
    retrying: 'Nuovo tentativo…',
    retryFailed: 'Il nuovo tentativo non è riuscito: {{reason}}',
    openSettings: 'Apri Impostazioni',
  },
  undo: {
    button: 'Annulla',
    close: 'Chiudi',
    failed: 'Impossibile annullare: {{reason}}',
    commitFailed: 'Non è andato a buon fine: {{reason}}',
    unlinked: 'Conversazione scollegata da «{{title}}»',
    unlinkedPlain: 'Conversazione scollegata',
    deleted: {
      deal: 'Trattativa eliminata',
      lead: 'Lead eliminato',
      project: 'Progetto eliminato',
      person: 'Persona eliminata',
      organization: 'Organizzazione eliminata',
      thread: 'Conversazione eliminata',
      message: 'Messaggio eliminato',
    },
  },
};
