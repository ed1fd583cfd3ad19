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
    dkimFor: 'DKIM firmato da {{domain}}',
    spfFor: 'SPF per {{domain}}',
    fromDomain: 'dominio del mittente {{domain}}',
    dmarc: 'DMARC: {{result}}',
    dmarcPolicy: 'DMARC: {{result}} (p={{policy}})',
    ignored_one: '{{count}} intestazione Authentication-Results più in basso con il nome del tuo server è stata ignorata: è stata aggiunta prima del tuo server o è falsa.',
    ignored_other: '{{count}} intestazioni Authentication-Results più in basso con il nome del tuo server sono state ignorate: sono state aggiunte prima del tuo server o sono false.',
    dmarcRejected: 'Dichiara di provenire dal tuo indirizzo, e la policy DMARC del tuo dominio ({{policy}}) rifiuta la posta che non la rispetta.',
    pass: {
      title: 'Mittente verificato',
      short: 'Verificato',
      explain: 'DKIM o SPF hanno confermato il dominio del mittente.',
    },
    'no-data': {
      title: 'Nessun dato di autenticazione',
      short: 'Nessun dato',
      explain: 'Né il tuo server di posta né una firma dicono qualcosa sul mittente.',
    },
    none: {
      title: 'Mittente non verificato',
      short: 'Non verificato',
      explain: 'I controlli non hanno dato alcun risultato che confermi o smentisca il mittente.',
    },
    unaligned: {
      title: 'Mittente non allineato',
      short: 'Non allineato',
      explain: 'DKIM o SPF sono riusciti, ma per un dominio diverso da quello del mittente: non prova chi l’ha inviato.',
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
