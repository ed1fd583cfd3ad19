/** The Rejected list (R3.3–R3.5, R3.8): refused mail, why, and accepting it after all. */
import type { English } from '../en';

export const rejected: English['rejected'] = {
  intro: 'E-post som kom til CRM-postkassen, men ikke ble tatt inn i CRM-innboksen, og hvorfor. Godta en melding for å ta den inn likevel.',
  loading: 'Laster …',
  noSubject: '(uten emne)',
  unknownSender: 'Ukjent avsender',
  why: 'Hvorfor',
  reasons: {
    unknownOwner: 'Sendt fra en adresse som ikke er en av dine.',
    ownerPending: 'Sendt fra en av adressene dine som fortsatt venter på bekreftelse.',
    authFailed: 'Avsenderens server kunne ikke bevise at e-posten er ekte (DKIM og SPF feilet, eller den utgir seg for å komme fra din adresse og domenets DMARC-policy avviser den).',
    tooLarge: 'Større enn 20 MB, ikke lastet ned.',
    unparseable: 'Kunne ikke leses.',
  },
  advice: {
    confirmAddress: 'Bekreft adressen under Innstillinger: da kommer meldingen inn av seg selv.',
    addAlternate: 'Hvis adressen er din, legg den til som alternativ adresse under Innstillinger: når den er bekreftet, kommer e-posten fra den inn av seg selv.',
    notYours: 'Den ble ikke sendt av deg. Godta den bare hvis den hører hjemme i CRM-et ditt.',
    checkGenuine: 'Godta den bare hvis du er sikker på at den er ekte.',
  },
  accept: 'Godta',
  acceptNamed: 'Godta: «{{subject}}»',
  accepted: 'Godtatt – hentes på nytt.',
  captured: 'Godtatt – den ligger nå i innboksen.',
  acceptFailed: 'Den kunne ikke godtas. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',
  openSettings: 'Åpne Innstillinger',
};
