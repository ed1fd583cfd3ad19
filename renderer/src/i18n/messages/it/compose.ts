/** Compose (R2, R10.1) and the outcome of an address confirmation link (R6.2). */
import type { English } from '../en';

export const compose: English['compose'] = {
  launch: {
    new: 'Scrivi',
    continue: 'Riprendi la bozza',
  },
  title: {
    new: 'Nuovo messaggio',
    reply: 'Rispondi',
    'reply-all': 'Rispondi a tutti',
    forward: 'Inoltra',
    edit: 'Modifica il messaggio in attesa',
  },
  close: 'Chiudi (la bozza resta salvata)',
  replace: {
    question: 'Stai scrivendo un altro messaggio. Sostituirlo con quello nuovo? Il suo testo andrà perso.',
    replace: 'Sostituisci',
    keep: 'Continua a scrivere',
  },
  dock: {
    minimise: 'Riduci a icona',
    restore: 'Ripristina',
  },
  loading: 'Preparazione del messaggio…',
  fields: {
    from: 'Da',
    to: 'A',
    cc: 'Cc',
    bcc: 'Ccn',
    addCc: 'Aggiungi Cc',
    addBcc: 'Aggiungi Ccn',
    subject: 'Oggetto',
    text: 'Messaggio',
  },
  recipients: {
    listLabel: {
      to: 'Destinatari in A',
      cc: 'Destinatari in Cc',
      bcc: 'Destinatari in Ccn',
    },
    remove: 'Rimuovi {{address}}',
    suggestions: 'Persone dal CRM',
    invalid: 'Non è un indirizzo email: {{text}}',
    missing: 'Aggiungi almeno un destinatario.',
  },
  item: {
    label: 'Trattativa o lead',
    placeholder: 'Collega a una trattativa o a un lead…',
    hint: 'La copia per il CRM va allora al suo indirizzo, e la conversazione viene collegata.',
    none: 'Nessuna trattativa o lead aperto inizia con «{{query}}».',
    suggestions: 'Trattative e lead aperti',
    change: 'Cambia',
    remove: 'Rimuovi',
    removeNamed: 'Non collegare a «{{title}}»',
    kind: {
      deal: 'Trattativa',
      lead: 'Lead',
      project: 'Progetto',
    },
  },
  crm: {
    title: 'Copia per il CRM',
    company: 'Una copia per il CRM va all’indirizzo aziendale',
    item: {
      deal: 'Una copia per il CRM va alla trattativa «{{title}}»',
      lead: 'Una copia per il CRM va al lead «{{title}}»',
    },
    kept: 'Una copia per il CRM va a',
    hidden: 'Solo il CRM riceve questo indirizzo: gli altri destinatari non lo vedono mai.',
    ask: 'Invia una copia al CRM ({{address}})',
    askHint: 'Secondo la tua impostazione ti viene chiesto ogni volta. I destinatari non vedono mai questo indirizzo.',
    none: 'Nessuna copia va al CRM (la tua impostazione è «mai»). Collega una trattativa o un lead per inviarne una.',
  },
  attachments: {
    add: 'Allega file',
    total_one: '{{count}} file, {{size}}',
    total_other: '{{count}} file, {{size}}',
    listLabel: 'Allegati',
    remove: 'Rimuovi',
    removeNamed: 'Rimuovi {{name}}',
    tooLarge: 'Non allegati: {{names}}. Un messaggio può contenere al massimo {{limit}} di allegati.',
    unreadable: 'Impossibile leggere {{names}}. Prova a scegliere di nuovo il file.',
  },
  warnings: {
    severalItems: {
      title: 'Più trattative o lead tra i destinatari',
      text: 'Il CRM non collegherà questa conversazione a nessuno di essi. Se puoi, tieni un solo indirizzo di trattativa o lead:',
    },
    tooLarge: {
      title: 'Questo messaggio pesa circa {{size}}',
      text: 'Il CRM acquisisce messaggi fino a {{limit}} così come vengono inviati (gli allegati crescono di circa un terzo durante l’invio). Verrà inviato, ma non comparirà nel CRM.',
    },
  },
  discard: {
    button: 'Elimina',
    question: 'Eliminare questa bozza?',
    confirm: 'Elimina',
    keep: 'Continua a scrivere',
  },
  send: {
    button: 'Invia',
    saveEdit: 'Salva e invia',
    refusedTitle: 'Il messaggio non è stato messo in posta in uscita',
    invalidTitle: 'Il messaggio non può essere inviato così',
    invalid: 'Controlla gli indirizzi, l’oggetto (una sola riga) e gli allegati.',
    coreError: 'Non è stato messo nulla in posta in uscita. Riprova; la bozza resta salvata.',
  },
  queued: {
    sent: 'Il messaggio è nella posta in uscita e parte non appena il server lo accetta.',
    edited: 'Il messaggio modificato è nella posta in uscita e parte non appena il server lo accetta.',
    delivered: 'Il messaggio è stato inviato.',
  },
  problem: {
    'message-missing': {
      title: 'Il messaggio non c’è più',
      text: 'Forse è stato eliminato dal CRM. Apri di nuovo la conversazione.',
    },
    'already-sent': {
      title: 'Questo messaggio è già stato inviato',
      text: 'I messaggi inviati non si possono modificare.',
    },
    'core-error': {
      title: 'Il core di Blindcopy non ha risposto',
      text: 'Per scrivere servono le impostazioni dell’account. Riprova; se succede ancora, riavvia Blindcopy.',
    },
    'no-account': {
      title: 'Ancora nessun account email',
      text: 'Collega prima il tuo account email nelle Impostazioni.',
    },
  },
  confirmLink: {
    dismiss: 'Chiudi',
    ask: {
      title: 'Confermare un indirizzo mittente con questo link?',
      text: 'Il link che hai aperto conferma un indirizzo come tuo: la posta da quell’indirizzo entra nel tuo CRM e puoi inviare da esso. Conferma solo se l’hai richiesto e il link è arrivato nell’email di conferma di Blindcopy.',
      confirm: 'Conferma l’indirizzo',
      cancel: 'Annulla',
    },
    refused: {
      title: 'Blindcopy non può aprire questo link',
      text: 'Non è un link che Blindcopy conosce, oppure è troppo lungo. Blindcopy apre solo i link di conferma delle sue email. Non è stato cambiato nulla.',
    },
    checking: {
      title: 'Verifica del link di conferma…',
      text: 'Un momento.',
    },
    confirmed: {
      title: 'Indirizzo confermato',
      text: 'Le email da {{address}} ora sono accettate come tue, e puoi inviare da questo indirizzo.',
    },
    expired: {
      title: 'Questo link di conferma è scaduto',
      text: 'I link valgono 24 ore. In Impostazioni › I tuoi indirizzi mittente invia una nuova email di conferma.',
    },
    invalid: {
      title: 'Questo link di conferma non funziona',
      text: 'Non è valido o è già stato usato. Se l’indirizzo è ancora in attesa, invia una nuova email di conferma da Impostazioni › I tuoi indirizzi mittente.',
    },
    'core-error': {
      title: 'Impossibile verificare il link',
      text: 'Il core di Blindcopy non ha risposto. Apri di nuovo il link tra un momento.',
    },
  },
};
