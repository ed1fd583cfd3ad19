/** Compose (R2, R10.1) and the outcome of an address confirmation link (R6.2). */
import type { English } from '../en';

export const compose: English['compose'] = {
  launch: {
    new: 'Skriv nytt',
    continue: 'Fortsätt utkastet',
  },
  title: {
    new: 'Nytt meddelande',
    reply: 'Svara',
    'reply-all': 'Svara alla',
    forward: 'Vidarebefordra',
    edit: 'Redigera väntande meddelande',
  },
  close: 'Stäng (utkastet sparas)',
  replace: {
    question: 'Du skriver redan ett annat meddelande. Ersätta det med det nya? Texten går då förlorad.',
    replace: 'Ersätt',
    keep: 'Fortsätt skriva',
  },
  dock: {
    minimise: 'Minimera',
    restore: 'Återställ',
  },
  loading: 'Förbereder meddelandet …',
  fields: {
    from: 'Från',
    to: 'Till',
    cc: 'Kopia',
    bcc: 'Hemlig kopia',
    addCc: 'Lägg till kopia',
    addBcc: 'Lägg till hemlig kopia',
    subject: 'Ämne',
    text: 'Meddelande',
  },
  recipients: {
    listLabel: {
      to: 'Mottagare i Till',
      cc: 'Mottagare i Kopia',
      bcc: 'Mottagare i Hemlig kopia',
    },
    remove: 'Ta bort {{address}}',
    suggestions: 'Personer från CRM',
    invalid: 'Inte en e-postadress: {{text}}',
    missing: 'Lägg till minst en mottagare.',
  },
  item: {
    label: 'Affär eller lead',
    placeholder: 'Koppla till en affär eller ett lead …',
    hint: 'Kopian till CRM går då till dess egen adress, och konversationen kopplas till den.',
    none: 'Ingen öppen affär eller lead börjar med ”{{query}}”.',
    suggestions: 'Öppna affärer och leads',
    change: 'Byt',
    remove: 'Ta bort',
    removeNamed: 'Koppla inte till ”{{title}}”',
    kind: {
      deal: 'Affär',
      lead: 'Lead',
      project: 'Projekt',
    },
  },
  crm: {
    title: 'Kopia till CRM',
    company: 'En kopia till CRM går till företagsadressen',
    item: {
      deal: 'En kopia till CRM går till affären ”{{title}}”',
      lead: 'En kopia till CRM går till leadet ”{{title}}”',
    },
    kept: 'En kopia till CRM går till',
    hidden: 'Bara CRM får den här adressen: de andra mottagarna ser den aldrig.',
    ask: 'Skicka en kopia till CRM ({{address}})',
    askHint: 'Din inställning är att du ska tillfrågas varje gång. Mottagarna ser aldrig den här adressen.',
    none: 'Ingen kopia går till CRM (din inställning är ”aldrig”). Koppla en affär eller ett lead för att skicka en.',
  },
  attachments: {
    add: 'Bifoga filer',
    total_one: '{{count}} fil, {{size}}',
    total_other: '{{count}} filer, {{size}}',
    listLabel: 'Bilagor',
    remove: 'Ta bort',
    removeNamed: 'Ta bort {{name}}',
    tooLarge: 'Inte bifogat: {{names}}. Ett meddelande kan ha högst {{limit}} bilagor.',
    unreadable: 'Det gick inte att läsa {{names}}. Välj filen igen.',
  },
  warnings: {
    severalItems: {
      title: 'Flera affärer eller leads bland mottagarna',
      text: 'CRM kopplar då konversationen till ingen av dem. Behåll om möjligt bara en adress till en affär eller ett lead:',
    },
    tooLarge: {
      title: 'Meddelandet är ungefär {{size}}',
      text: 'CRM tar emot meddelanden upp till {{limit}} som skickade (bilagor blir ungefär en tredjedel större på vägen). Det skickas, men syns inte i CRM.',
    },
  },
  discard: {
    button: 'Släng',
    question: 'Släng utkastet?',
    confirm: 'Släng',
    keep: 'Fortsätt skriva',
  },
  send: {
    button: 'Skicka',
    saveEdit: 'Spara och skicka',
    refusedTitle: 'Meddelandet lades inte i utkorgen',
    invalidTitle: 'Meddelandet kan inte skickas så här',
    invalid: 'Kontrollera adresserna, ämnet (en rad) och bilagorna.',
    coreError: 'Ingenting lades i utkorgen. Försök igen; ditt utkast finns kvar.',
  },
  queued: {
    sent: 'Ditt meddelande ligger i utkorgen och skickas så snart servern tar emot det.',
    edited: 'Det ändrade meddelandet ligger i utkorgen och skickas så snart servern tar emot det.',
    delivered: 'Ditt meddelande har skickats.',
  },
  problem: {
    'message-missing': {
      title: 'Meddelandet finns inte längre',
      text: 'Det kan ha tagits bort från CRM. Öppna konversationen igen.',
    },
    'already-sent': {
      title: 'Meddelandet har redan skickats',
      text: 'Skickade meddelanden kan inte ändras.',
    },
    'core-error': {
      title: 'Blindcopy-kärnan svarade inte',
      text: 'För att skriva behövs dina kontoinställningar. Försök igen; om det händer igen, starta om Blindcopy.',
    },
    'no-account': {
      title: 'Inget e-postkonto ännu',
      text: 'Anslut först ditt e-postkonto i Inställningar.',
    },
  },
  confirmLink: {
    dismiss: 'Stäng',
    ask: {
      title: 'Bekräfta en avsändaradress med den här länken?',
      text: 'Länken du öppnade bekräftar en adress som din: e-post från den tas då in i ditt CRM och du kan skicka från den. Bekräfta bara om du har bett om det och länken kom i Blindcopys bekräftelsemejl.',
      confirm: 'Bekräfta adressen',
      cancel: 'Avbryt',
    },
    refused: {
      title: 'Blindcopy kan inte öppna den här länken',
      text: 'Det är ingen länk som Blindcopy känner till, eller så är den för lång. Blindcopy öppnar bara bekräftelselänkarna i sina egna mejl. Inget har ändrats.',
    },
    checking: {
      title: 'Kontrollerar bekräftelselänken …',
      text: 'Ett ögonblick.',
    },
    confirmed: {
      title: 'Adressen är bekräftad',
      text: 'E-post från {{address}} godtas nu som din, och du kan skicka från den.',
    },
    expired: {
      title: 'Bekräftelselänken har gått ut',
      text: 'Länkar gäller i 24 timmar. Skicka ett nytt bekräftelsemejl under Inställningar › Dina avsändaradresser.',
    },
    invalid: {
      title: 'Bekräftelselänken fungerar inte',
      text: 'Den är ogiltig eller har redan använts. Om adressen fortfarande väntar, skicka ett nytt bekräftelsemejl under Inställningar › Dina avsändaradresser.',
    },
    'core-error': {
      title: 'Länken kunde inte kontrolleras',
      text: 'Blindcopy-kärnan svarade inte. Öppna länken igen om en stund.',
    },
  },
};
