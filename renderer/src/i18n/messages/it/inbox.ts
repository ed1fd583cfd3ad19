/** The inbox: thread list, filters, search, bulk sharing, empty states, the reading pane's hints. */
import type { English } from '../en';

export const inbox: English['inbox'] = {
  list: {
    label: 'Conversazioni',
    loadingMore: 'Caricamento delle conversazioni meno recenti…',
  },
  filters: {
    label: 'Mostra',
    all: 'Tutte',
    unlinked: 'Non collegate',
    linked: 'Collegate',
    shared: 'Condivise',
    private: 'Private',
  },
  search: {
    label: 'Cerca nelle conversazioni',
    placeholder: 'Cerca persone, oggetti e testo',
  },
  row: {
    select: 'Seleziona «{{subject}}»',
    noSubject: '(nessun oggetto)',
    morePeople: '+{{count}}',
    messages_one: '{{count}} messaggio',
    messages_other: '{{count}} messaggi',
    unlinked: 'Non collegata',
    itemHidden: 'Elemento non disponibile',
    linkItem: 'Collega',
    changeLink: 'Modifica collegamento',
  },
  visibility: {
    private: 'Privata',
    shared: 'Condivisa',
  },
  bulk: {
    label: 'Conversazioni selezionate',
    selected_one: '{{count}} selezionata',
    selected_other: '{{count}} selezionate',
    makePrivate: 'Rendi private',
    share: 'Condividi',
    clearLabel: 'Annulla la selezione',
    done: {
      private_one: '{{count}} conversazione ora è privata.',
      private_other: '{{count}} conversazioni ora sono private.',
      shared_one: '{{count}} conversazione ora è condivisa.',
      shared_other: '{{count}} conversazioni ora sono condivise.',
    },
  },
  empty: {
    all: {
      title: 'Ancora nessuna conversazione',
      advice: 'Metti l’indirizzo BCC dell’azienda in Ccn quando scrivi a un cliente e la conversazione apparirà qui in pochi secondi:',
      forward: 'Un cliente ha risposto? Inoltra la risposta allo stesso indirizzo.',
    },
    unlinked: {
      title: 'Nessuna conversazione non collegata',
      advice: 'Ogni conversazione è collegata a una trattativa, un lead o un progetto.',
    },
    linked: {
      title: 'Ancora nessuna conversazione collegata',
      advice: 'Apri una conversazione e collegala a una trattativa, un lead o un progetto nel pannello a destra.',
    },
    shared: {
      title: 'Nessuna conversazione condivisa',
      advice: 'Le conversazioni condivise sono visibili a chiunque possa vedere la loro trattativa, il lead o il progetto.',
    },
    private: {
      title: 'Nessuna conversazione privata',
      advice: 'Le conversazioni private sono visibili solo a te.',
    },
    search: {
      title: 'Nessun risultato per «{{query}}»',
      advice: 'Prova con meno parole, o con l’inizio di un nome o di un indirizzo.',
      clear: 'Cancella la ricerca',
    },
    showAll: 'Mostra tutte le conversazioni',
  },
  reading: {
    title: 'Nessuna conversazione aperta',
    advice: 'Scegli una conversazione a sinistra per leggerla e collegarla a una trattativa, un lead o un progetto.',
    keysLabel: 'Scorciatoie da tastiera',
    keys: {
      answer: 'rispondi / rispondi a tutti / inoltra',
      move: 'successiva / precedente',
      open: 'apri',
      select: 'seleziona per azioni multiple',
      search: 'cerca',
      close: 'chiudi o cancella',
    },
  },
};
