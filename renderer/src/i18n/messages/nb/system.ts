import type { English } from '../en';

export const system: English['system'] = {
  update: {
    ready: 'Blindcopy {{version}} er klar til å installeres.',
    readyAdvice: 'Oppdateringen ble lastet ned i bakgrunnen. Omstarten tar noen sekunder; arbeidet ditt blir tatt vare på.',
    restart: 'Start på nytt for å oppdatere',
    notRestarted: 'Oppdateringen kunne ikke startes. Den installeres neste gang du avslutter Blindcopy.',
  },
  startup: {
    title: 'Denne datamaskinen',
    openAtLogin: 'Start Blindcopy når jeg logger på',
    openAtLoginHint: 'Blindcopy åpnes da når du logger på, og henter e-posten din med en gang.',
    unsupported: 'Systemet ditt lar ikke apper starte seg selv ved pålogging. Legg heller til Blindcopy blant skrivebordets oppstartsprogrammer.',
    failed: 'Innstillingen kunne ikke endres.',
  },
};
