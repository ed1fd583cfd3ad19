/** Words the shared components use (renderer/src/components) and answers any feature may give. */
import type { English } from '../en';

export const common: English['common'] = {
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
};
