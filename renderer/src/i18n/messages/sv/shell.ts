import type { English } from '../en';

export const shell: English['shell'] = {
  nav: {
    inbox: 'Inkorg',
    deals: 'Affärer',
    leads: 'Leads',
    projects: 'Projekt',
    persons: 'Personer',
    organizations: 'Organisationer',
    rejected: 'Avvisade',
    settings: 'Inställningar',
    label: 'Huvudnavigering',
  },
  core: {
    syncing: 'Hämtar e-post: {{done}} av {{total}}',
    syncingLabel: 'Förlopp för hämtning',
    offline: 'Offline – dina ändringar sparas och skickas när servern är tillbaka.',
    disconnected: 'Blindcopy svarar inte. Om det består, starta om Blindcopy.',
    replicationNotSaved: 'Dina ändringar finns inte på e-postservern än.',
    replicationOpen: 'Detaljer under Inställningar',
  },
  empty: {
    inbox: 'Inga konversationer ännu. Skicka e-post med BCC-adressen så visas den här.',
    deals: 'Inga affärer ännu. Skapa en, eller skapa den från en konversation.',
    leads: 'Inga leads ännu.',
    projects: 'Inga projekt ännu.',
    persons: 'Inga personer ännu. De läggs till när du skickar e-post till dem.',
    organizations: 'Inga organisationer ännu.',
    rejected: 'Inget har avvisats.',
    settings: 'Anslut ditt e-postkonto för att börja.',
  },
};
