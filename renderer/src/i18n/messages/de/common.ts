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
};
