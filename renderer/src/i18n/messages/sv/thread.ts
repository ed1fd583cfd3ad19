/** The open thread: messages, authentication (R3.4), mail bodies (R10.2), attachments, deletion (R3.7). */
import type { English } from '../en';

export const thread: English['thread'] = {
  close: 'Stäng',
  closeThread: 'Stäng konversationen',
  gone: 'Den här konversationen har raderats.',
  answer: {
    reply: 'Svara',
    replyAll: 'Svara alla',
    forward: 'Vidarebefordra',
    messageGroup: 'Svara på det här meddelandet',
    threadGroup: 'Svara i konversationen (dess senaste meddelande)',
  },
  message: {
    to: 'Till',
    cc: 'Kopia',
    collapse: 'Fäll ihop',
    forwardedByYou: 'Svar från {{author}}, vidarebefordrat av dig ({{address}})',
  },
  auth: {
    results: 'DKIM: {{dkim}} · SPF: {{spf}}',
    dkimFor: 'DKIM-signerat av {{domain}}',
    spfFor: 'SPF för {{domain}}',
    fromDomain: 'avsändarens domän {{domain}}',
    dmarc: 'DMARC: {{result}}',
    dmarcPolicy: 'DMARC: {{result}} (p={{policy}})',
    ignored_one: '{{count}} lägre Authentication-Results-huvud med din servers namn ignorerades: det lades till före din server eller är förfalskat.',
    ignored_other: '{{count}} lägre Authentication-Results-huvuden med din servers namn ignorerades: de lades till före din server eller är förfalskade.',
    dmarcRejected: 'Det utger sig för att komma från din egen adress, och din domäns DMARC-policy ({{policy}}) avvisar e-post som inte klarar den.',
    pass: {
      title: 'Avsändaren bekräftad',
      short: 'Bekräftad',
      explain: 'DKIM eller SPF bekräftade avsändarens domän.',
    },
    'no-data': {
      title: 'Inga autentiseringsuppgifter',
      short: 'Inga uppgifter',
      explain: 'Varken din e-postserver eller någon signatur säger något om avsändaren.',
    },
    none: {
      title: 'Avsändaren inte kontrollerad',
      short: 'Ej kontrollerad',
      explain: 'Kontrollerna gav inget resultat som bekräftar eller motbevisar avsändaren.',
    },
    unaligned: {
      title: 'Avsändaren stämmer inte',
      short: 'Stämmer inte',
      explain: 'DKIM eller SPF godkändes, men för en annan domän än avsändarens: det bevisar inte vem som skickade det.',
    },
    fail: {
      title: 'Autentiseringen misslyckades',
      short: 'Kontroll misslyckad',
      explain: 'Både DKIM och SPF misslyckades: meddelandet kommer kanske inte från den det utger sig för att vara från.',
    },
  },
  body: {
    frameTitle: 'Meddelande: {{subject}}',
    remoteBlocked: 'Externa bilder blockeras för att skydda din integritet.',
    showImages: 'Visa bilder',
  },
  attachments: {
    title_one: '{{count}} bilaga',
    title_other: '{{count}} bilagor',
    unnamed: 'Namnlös fil',
    download: 'Ladda ned',
    downloadNamed: 'Ladda ned {{name}}',
    failed: 'Bilagan kunde inte laddas ned.',
  },
  delete: {
    message: {
      button: 'Radera meddelandet',
      title: 'Radera det här meddelandet?',
      confirm: 'Radera meddelandet',
      explain: 'Det försvinner från inkorgen och från varje affär, lead och projekt, och nästa synkronisering hämtar inte tillbaka det. Ingenting raderas på din e-postserver.',
      name: '{{author}}, {{date}}',
    },
    thread: {
      button: 'Radera konversationen',
      title: 'Radera den här konversationen?',
      confirm: 'Radera konversationen',
      explain: 'Alla dess meddelanden försvinner från inkorgen och från varje affär, lead och projekt, och nästa synkronisering hämtar inte tillbaka dem. Ingenting raderas på din e-postserver.',
    },
  },
};
