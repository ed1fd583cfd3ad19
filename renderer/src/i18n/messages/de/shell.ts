import type { English } from '../en';

export const shell: English['shell'] = {
  nav: {
    inbox: 'Posteingang',
    deals: 'Deals',
    leads: 'Leads',
    projects: 'Projekte',
    persons: 'Personen',
    organizations: 'Organisationen',
    rejected: 'Abgelehnt',
    settings: 'Einstellungen',
    label: 'Hauptnavigation',
  },
  core: {
    syncing: 'E-Mails werden geholt: {{done}} von {{total}}',
    syncingLabel: 'Fortschritt beim Abrufen',
    offline: 'Offline – Ihre Änderungen bleiben erhalten und werden gesendet, sobald der Server wieder erreichbar ist.',
    disconnected: 'Blindcopy reagiert nicht. Wenn das so bleibt, starten Sie Blindcopy neu.',
    replicationNotSaved: 'Ihre Änderungen sind noch nicht auf dem Mailserver.',
    replicationOpen: 'Details in den Einstellungen',
  },
  empty: {
    inbox: 'Noch keine Unterhaltungen. Senden Sie E-Mails mit der BCC-Adresse, dann erscheinen sie hier.',
    deals: 'Noch keine Deals. Legen Sie einen an – auch direkt aus einer Unterhaltung.',
    leads: 'Noch keine Leads.',
    projects: 'Noch keine Projekte.',
    persons: 'Noch keine Personen. Sie werden angelegt, wenn Sie ihnen schreiben.',
    organizations: 'Noch keine Organisationen.',
    rejected: 'Nichts wurde abgelehnt.',
    settings: 'Verbinden Sie Ihr E-Mail-Konto, um zu beginnen.',
  },
};
