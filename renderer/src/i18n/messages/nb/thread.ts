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
    pass: {
      title: 'Avsender bekreftet',
      short: 'Bekreftet',
      explain: 'DKIM eller SPF bekreftet avsenderen.',
    },
    none: {
      title: 'Avsender ikke kontrollert',
      short: 'Ikke kontrollert',
      explain: 'Meldingen har ingen signatur eller noe SPF-resultat å kontrollere avsenderen med.',
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
