import type { English } from '../en';

export const shell: English['shell'] = {
  nav: {
    inbox: 'Innboks',
    deals: 'Avtaler',
    leads: 'Leads',
    projects: 'Prosjekter',
    persons: 'Personer',
    organizations: 'Organisasjoner',
    rejected: 'Avvist',
    settings: 'Innstillinger',
    label: 'Hovednavigasjon',
  },
  core: {
    syncing: 'Henter e-post: {{done}} av {{total}}',
    syncingLabel: 'Fremdrift for henting',
    offline: 'Frakoblet – endringene dine er lagret og sendes når serveren er tilbake.',
    disconnected: 'Blindcopy svarer ikke. Hvis det vedvarer, start Blindcopy på nytt.',
    replicationNotSaved: 'Endringene dine er ikke på e-postserveren ennå.',
    replicationOpen: 'Detaljer under Innstillinger',
  },
  empty: {
    inbox: 'Ingen samtaler ennå. Send e-post med BCC-adressen, så dukker den opp her.',
    deals: 'Ingen avtaler ennå. Opprett en, eller opprett den fra en samtale.',
    leads: 'Ingen leads ennå.',
    projects: 'Ingen prosjekter ennå.',
    persons: 'Ingen personer ennå. De legges til når du sender e-post til dem.',
    organizations: 'Ingen organisasjoner ennå.',
    rejected: 'Ingenting er avvist.',
    settings: 'Koble til e-postkontoen din for å begynne.',
  },
};
