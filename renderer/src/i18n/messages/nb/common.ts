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
  sources: {
    dropbox: 'E-post fra CRM-postkassen kommer ikke inn.',
    sync: 'Mappen «{{folder}}» synkroniseres ikke.',
    all: 'Ingen e-post hentes.',
    fix: {
      password: 'Hvis passordet er endret, skriv inn det nye under «Konto og CRM-postkasse», og velg deretter Prøv igjen nå.',
      certificate: 'Hvis serverens sertifikat ble byttet med vilje, kontroller og stol på det nye under Innstillinger, og velg deretter Prøv igjen nå.',
      folder: 'Velg mappen på nytt under Innstillinger, eller opprett den på serveren, og velg deretter Prøv igjen nå.',
      wait: 'Blindcopy prøver igjen av seg selv. Velg Prøv igjen nå for å prøve med en gang.',
      restart: 'Blindcopy starter den igjen av seg selv. Hvis den fortsetter å stoppe, start Blindcopy på nytt.',
      disk: 'Frigjør diskplass, og velg deretter Prøv igjen nå.',
    },
    retry: 'Prøv igjen nå',
    retrying: 'Prøver igjen …',
    retryFailed: 'Det gikk ikke å prøve igjen: {{reason}}',
    openSettings: 'Åpne Innstillinger',
  },
  undo: {
    button: 'Angre',
    close: 'Lukk',
    failed: 'Kunne ikke angre: {{reason}}',
    commitFailed: 'Det gikk ikke: {{reason}}',
    unlinked: 'Samtalen ble koblet fra «{{title}}»',
    unlinkedPlain: 'Samtalen ble koblet fra',
    deleted: {
      deal: 'Avtalen ble slettet',
      lead: 'Leadet ble slettet',
      project: 'Prosjektet ble slettet',
      person: 'Personen ble slettet',
      organization: 'Organisasjonen ble slettet',
      thread: 'Samtalen ble slettet',
      message: 'Meldingen ble slettet',
    },
  },
};
