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
};
