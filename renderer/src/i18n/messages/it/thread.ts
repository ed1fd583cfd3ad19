/** The open thread: messages, authentication (R3.4), mail bodies (R10.2), attachments, deletion (R3.7). */
import type { English } from '../en';

export const thread: English['thread'] = {
  close: 'Chiudi',
  closeThread: 'Chiudi la conversazione',
  gone: 'Questa conversazione è stata eliminata.',
  answer: {
    reply: 'Rispondi',
    replyAll: 'Rispondi a tutti',
    forward: 'Inoltra',
    messageGroup: 'Rispondi a questo messaggio',
    threadGroup: 'Rispondi alla conversazione (al suo ultimo messaggio)',
  },
  message: {
    to: 'A',
    cc: 'Cc',
    collapse: 'Comprimi',
    forwardedByYou: 'Risposta di {{author}}, inoltrata da te ({{address}})',
  },
  auth: {
    results: 'DKIM: {{dkim}} · SPF: {{spf}}',
    pass: {
      title: 'Mittente verificato',
      short: 'Verificato',
      explain: 'DKIM o SPF hanno confermato il mittente.',
    },
    none: {
      title: 'Mittente non verificato',
      short: 'Non verificato',
      explain: 'Il messaggio non ha né una firma né un risultato SPF con cui verificare il mittente.',
    },
    fail: {
      title: 'Autenticazione non riuscita',
      short: 'Verifica fallita',
      explain: 'DKIM e SPF sono entrambi falliti: questo messaggio potrebbe non provenire da chi dichiara.',
    },
  },
  body: {
    frameTitle: 'Messaggio: {{subject}}',
    remoteBlocked: 'Le immagini remote sono bloccate per proteggere la tua privacy.',
    showImages: 'Mostra immagini',
  },
  attachments: {
    title_one: '{{count}} allegato',
    title_other: '{{count}} allegati',
    unnamed: 'File senza nome',
    download: 'Scarica',
    downloadNamed: 'Scarica {{name}}',
    failed: 'Non è stato possibile scaricare l’allegato.',
  },
  delete: {
    message: {
      button: 'Elimina messaggio',
      title: 'Eliminare questo messaggio?',
      confirm: 'Elimina messaggio',
      explain: 'Scompare dalla posta in arrivo e da ogni trattativa, lead e progetto, e la prossima sincronizzazione non lo riporterà. Sul tuo server di posta non viene eliminato nulla.',
      name: '{{author}}, {{date}}',
    },
    thread: {
      button: 'Elimina conversazione',
      title: 'Eliminare questa conversazione?',
      confirm: 'Elimina conversazione',
      explain: 'Tutti i suoi messaggi scompaiono dalla posta in arrivo e da ogni trattativa, lead e progetto, e la prossima sincronizzazione non li riporterà. Sul tuo server di posta non viene eliminato nulla.',
    },
  },
};
