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
  sources: {
    dropbox: 'E-post från CRM-brevlådan kommer inte in.',
    sync: 'Mappen ”{{folder}}” synkroniseras inte.',
    all: 'Ingen e-post hämtas.',
    fix: {
      password: 'Om lösenordet har ändrats, ange det nya under ”Konto och CRM-brevlåda” och välj sedan Försök igen nu.',
      certificate: 'Om serverns certifikat byttes avsiktligt, kontrollera och lita på det nya under Inställningar och välj sedan Försök igen nu.',
      folder: 'Välj mappen igen under Inställningar, eller skapa den på servern, och välj sedan Försök igen nu.',
      wait: 'Blindcopy försöker igen av sig självt. Välj Försök igen nu för att försöka direkt.',
      restart: 'Blindcopy startar den igen av sig självt. Om den fortsätter att stanna, starta om Blindcopy.',
      disk: 'Frigör diskutrymme och välj sedan Försök igen nu.',
    },
    retry: 'Försök igen nu',
    retrying: 'Försöker igen …',
    retryFailed: 'Det gick inte att försöka igen: {{reason}}',
    openSettings: 'Öppna Inställningar',
  },
  undo: {
    button: 'Ångra',
    close: 'Stäng',
    failed: 'Det gick inte att ångra: {{reason}}',
    commitFailed: 'Det gick inte: {{reason}}',
    unlinked: 'Konversationen kopplades bort från ”{{title}}”',
    unlinkedPlain: 'Konversationen kopplades bort',
    deleted: {
      deal: 'Affären raderades',
      lead: 'Leadet raderades',
      project: 'Projektet raderades',
      person: 'Personen raderades',
      organization: 'Organisationen raderades',
      thread: 'Konversationen raderades',
      message: 'Meddelandet raderades',
    },
  },
};
