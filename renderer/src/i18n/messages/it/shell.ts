import type { English } from '../en';

export const shell: English['shell'] = {
  nav: {
    inbox: 'Posta in arrivo',
    deals: 'Trattative',
    leads: 'Lead',
    projects: 'Progetti',
    persons: 'Persone',
    organizations: 'Organizzazioni',
    rejected: 'Rifiutati',
    settings: 'Impostazioni',
    label: 'Navigazione principale',
  },
  core: {
    syncing: 'Scaricamento posta: {{done}} di {{total}}',
    syncingLabel: 'Avanzamento dello scaricamento',
    offline: 'Offline: le modifiche sono conservate e verranno inviate quando il server tornerà disponibile.',
    disconnected: 'Blindcopy non risponde. Se continua, riavvia Blindcopy.',
    replicationNotSaved: 'Le tue modifiche non sono ancora sul server di posta.',
    replicationOpen: 'Dettagli nelle Impostazioni',
  },
  empty: {
    inbox: 'Ancora nessuna conversazione. Invia email con l’indirizzo BCC e appariranno qui.',
    deals: 'Ancora nessuna trattativa. Creane una, anche da una conversazione.',
    leads: 'Ancora nessun lead.',
    projects: 'Ancora nessun progetto.',
    persons: 'Ancora nessuna persona. Vengono aggiunte quando scrivi loro.',
    organizations: 'Ancora nessuna organizzazione.',
    rejected: 'Nulla è stato rifiutato.',
    settings: 'Collega il tuo account email per iniziare.',
  },
};
