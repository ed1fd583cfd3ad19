/** Compose (R2, R10.1) and the outcome of an address confirmation link (R6.2). */
import type { English } from '../en';

export const compose: English['compose'] = {
  launch: {
    new: 'Skriv ny',
    continue: 'Fortsett utkastet',
  },
  title: {
    new: 'Ny melding',
    reply: 'Svar',
    'reply-all': 'Svar alle',
    forward: 'Videresend',
    edit: 'Rediger ventende melding',
  },
  close: 'Lukk (utkastet beholdes)',
  replace: {
    question: 'Du skriver allerede en annen melding. Erstatte den med den nye? Teksten går da tapt.',
    replace: 'Erstatt',
    keep: 'Fortsett å skrive',
  },
  dock: {
    minimise: 'Minimer',
    restore: 'Gjenopprett',
  },
  loading: 'Forbereder meldingen …',
  fields: {
    from: 'Fra',
    to: 'Til',
    cc: 'Kopi',
    bcc: 'Blindkopi',
    addCc: 'Legg til kopi',
    addBcc: 'Legg til blindkopi',
    subject: 'Emne',
    text: 'Melding',
  },
  recipients: {
    listLabel: {
      to: 'Mottakere i Til',
      cc: 'Mottakere i Kopi',
      bcc: 'Mottakere i Blindkopi',
    },
    remove: 'Fjern {{address}}',
    suggestions: 'Personer fra CRM',
    invalid: 'Ikke en e-postadresse: {{text}}',
    missing: 'Legg til minst én mottaker.',
  },
  item: {
    label: 'Avtale eller lead',
    placeholder: 'Knytt til en avtale eller et lead …',
    hint: 'Kopien til CRM går da til dens egen adresse, og samtalen knyttes til den.',
    none: 'Ingen åpne avtaler eller leads begynner med «{{query}}».',
    suggestions: 'Åpne avtaler og leads',
    change: 'Bytt',
    remove: 'Fjern',
    removeNamed: 'Ikke knytt til «{{title}}»',
    kind: {
      deal: 'Avtale',
      lead: 'Lead',
      project: 'Prosjekt',
    },
  },
  crm: {
    title: 'Kopi til CRM',
    company: 'En kopi til CRM går til firmaadressen',
    item: {
      deal: 'En kopi til CRM går til avtalen «{{title}}»',
      lead: 'En kopi til CRM går til leadet «{{title}}»',
    },
    kept: 'En kopi til CRM går til',
    hidden: 'Bare CRM får denne adressen: de andre mottakerne ser den aldri.',
    ask: 'Send en kopi til CRM ({{address}})',
    askHint: 'Innstillingen din er å bli spurt hver gang. Mottakerne ser aldri denne adressen.',
    none: 'Ingen kopi går til CRM (innstillingen din er «aldri»). Knytt til en avtale eller et lead for å sende en.',
  },
  attachments: {
    add: 'Legg ved filer',
    total_one: '{{count}} fil, {{size}}',
    total_other: '{{count}} filer, {{size}}',
    listLabel: 'Vedlegg',
    remove: 'Fjern',
    removeNamed: 'Fjern {{name}}',
    tooLarge: 'Ikke lagt ved: {{names}}. En melding kan ha høyst {{limit}} med vedlegg.',
    unreadable: 'Kunne ikke lese {{names}}. Velg filen på nytt.',
  },
  warnings: {
    severalItems: {
      title: 'Flere avtaler eller leads blant mottakerne',
      text: 'CRM knytter da samtalen til ingen av dem. Behold om mulig bare én adresse til en avtale eller et lead:',
    },
    tooLarge: {
      title: 'Meldingen er omtrent {{size}}',
      text: 'CRM tar imot meldinger på opptil {{limit}} slik de sendes (vedlegg blir omtrent en tredjedel større underveis). Den sendes, men vises ikke i CRM.',
    },
  },
  discard: {
    button: 'Forkast',
    question: 'Forkaste utkastet?',
    confirm: 'Forkast',
    keep: 'Fortsett å skrive',
  },
  send: {
    button: 'Send',
    saveEdit: 'Lagre og send',
    refusedTitle: 'Meldingen ble ikke lagt i utboksen',
    invalidTitle: 'Meldingen kan ikke sendes slik',
    invalid: 'Sjekk adressene, emnet (én linje) og vedleggene.',
    coreError: 'Ingenting ble lagt i utboksen. Prøv igjen; utkastet ditt beholdes.',
  },
  queued: {
    sent: 'Meldingen ligger i utboksen og sendes så snart serveren tar imot den.',
    edited: 'Den endrede meldingen ligger i utboksen og sendes så snart serveren tar imot den.',
    delivered: 'Meldingen er sendt.',
  },
  problem: {
    'message-missing': {
      title: 'Meldingen finnes ikke lenger',
      text: 'Den kan ha blitt slettet fra CRM. Åpne samtalen på nytt.',
    },
    'already-sent': {
      title: 'Denne meldingen er allerede sendt',
      text: 'Sendte meldinger kan ikke endres.',
    },
    'core-error': {
      title: 'Blindcopy-kjernen svarte ikke',
      text: 'For å skrive trengs kontoinnstillingene dine. Prøv igjen; skjer det igjen, start Blindcopy på nytt.',
    },
    'no-account': {
      title: 'Ingen e-postkonto ennå',
      text: 'Koble først til e-postkontoen din i Innstillinger.',
    },
  },
  confirmLink: {
    dismiss: 'Lukk',
    ask: {
      title: 'Bekrefte en avsenderadresse med denne lenken?',
      text: 'Lenken du åpnet, bekrefter en adresse som din: e-post fra den tas da inn i CRM-et ditt, og du kan sende fra den. Bekreft bare hvis du har bedt om det og lenken kom i bekreftelses-e-posten fra Blindcopy.',
      confirm: 'Bekreft adressen',
      cancel: 'Avbryt',
    },
    refused: {
      title: 'Blindcopy kan ikke åpne denne lenken',
      text: 'Det er ikke en lenke Blindcopy kjenner, eller den er for lang. Blindcopy åpner bare bekreftelseslenkene i sine egne e-poster. Ingenting er endret.',
    },
    checking: {
      title: 'Sjekker bekreftelseslenken …',
      text: 'Et øyeblikk.',
    },
    confirmed: {
      title: 'Adressen er bekreftet',
      text: 'E-post fra {{address}} godtas nå som din, og du kan sende fra den.',
    },
    expired: {
      title: 'Bekreftelseslenken er utløpt',
      text: 'Lenker gjelder i 24 timer. Send en ny bekreftelses-e-post under Innstillinger › Avsenderadressene dine.',
    },
    invalid: {
      title: 'Bekreftelseslenken virker ikke',
      text: 'Den er ugyldig eller allerede brukt. Venter adressen fortsatt, send en ny bekreftelses-e-post under Innstillinger › Avsenderadressene dine.',
    },
    'core-error': {
      title: 'Lenken kunne ikke sjekkes',
      text: 'Blindcopy-kjernen svarte ikke. Åpne lenken på nytt om et øyeblikk.',
    },
  },
};
