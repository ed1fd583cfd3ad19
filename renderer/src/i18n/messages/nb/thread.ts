/** The open thread: messages, authentication (R3.4), mail bodies (R10.2), attachments, deletion (R3.7). */
import type { English } from '../en';

export const thread: English['thread'] = {
  close: 'Lukk',
  closeThread: 'Lukk samtalen',
  gone: 'Denne samtalen er slettet.',
  answer: {
    reply: 'Svar',
    replyAll: 'Svar alle',
    forward: 'Videresend',
    messageGroup: 'Svar på denne meldingen',
    threadGroup: 'Svar i samtalen (den nyeste meldingen)',
  },
  message: {
    to: 'Til',
    cc: 'Kopi',
    collapse: 'Skjul',
    forwardedByYou: 'Svar fra {{author}}, videresendt av deg ({{address}})',
  },
  auth: {
    results: 'DKIM: {{dkim}} · SPF: {{spf}}',
    dkimFor: 'DKIM-signert av {{domain}}',
    spfFor: 'SPF for {{domain}}',
    fromDomain: 'avsenderens domene {{domain}}',
    dmarc: 'DMARC: {{result}}',
    dmarcPolicy: 'DMARC: {{result}} (p={{policy}})',
    ignored_one: '{{count}} lavere Authentication-Results-felt med serverens navn ble ignorert: det ble lagt til før serveren din eller er forfalsket.',
    ignored_other: '{{count}} lavere Authentication-Results-felt med serverens navn ble ignorert: de ble lagt til før serveren din eller er forfalsket.',
    dmarcRejected: 'Den utgir seg for å komme fra din egen adresse, og DMARC-policyen til domenet ditt ({{policy}}) avviser e-post som ikke består den.',
    pass: {
      title: 'Avsender bekreftet',
      short: 'Bekreftet',
      explain: 'DKIM eller SPF bekreftet avsenderens domene.',
    },
    'no-data': {
      title: 'Ingen autentiseringsdata',
      short: 'Ingen data',
      explain: 'Verken e-postserveren din eller en signatur sier noe om avsenderen.',
    },
    none: {
      title: 'Avsender ikke kontrollert',
      short: 'Ikke kontrollert',
      explain: 'Kontrollene ga ikke noe resultat som bekrefter eller avkrefter avsenderen.',
    },
    unaligned: {
      title: 'Avsender stemmer ikke',
      short: 'Stemmer ikke',
      explain: 'DKIM eller SPF ble godkjent, men for et annet domene enn avsenderens: det beviser ikke hvem som sendte den.',
    },
    fail: {
      title: 'Autentiseringen mislyktes',
      short: 'Kontroll mislyktes',
      explain: 'Både DKIM og SPF mislyktes: meldingen kommer kanskje ikke fra den den utgir seg for å være fra.',
    },
  },
  body: {
    frameTitle: 'Melding: {{subject}}',
    remoteBlocked: 'Eksterne bilder er blokkert for å beskytte personvernet ditt.',
    showImages: 'Vis bilder',
  },
  attachments: {
    title_one: '{{count}} vedlegg',
    title_other: '{{count}} vedlegg',
    unnamed: 'Fil uten navn',
    download: 'Last ned',
    downloadNamed: 'Last ned {{name}}',
    failed: 'Vedlegget kunne ikke lastes ned.',
  },
  delete: {
    message: {
      button: 'Slett meldingen',
      title: 'Slette denne meldingen?',
      confirm: 'Slett meldingen',
      explain: 'Den forsvinner fra innboksen og fra hver avtale, hvert lead og hvert prosjekt, og neste synkronisering henter den ikke tilbake. Ingenting slettes på e-postserveren din.',
      name: '{{author}}, {{date}}',
    },
    thread: {
      button: 'Slett samtalen',
      title: 'Slette denne samtalen?',
      confirm: 'Slett samtalen',
      explain: 'Alle meldingene i den forsvinner fra innboksen og fra hver avtale, hvert lead og hvert prosjekt, og neste synkronisering henter dem ikke tilbake. Ingenting slettes på e-postserveren din.',
    },
  },
};
