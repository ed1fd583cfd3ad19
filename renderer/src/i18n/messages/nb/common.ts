/** Words the shared components use (renderer/src/components) and answers any feature may give. */
import type { English } from '../en';

export const common: English['common'] = {
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
};
