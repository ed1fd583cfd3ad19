/** The link panel and the "Link item" dialog: items and why they are linked (R4), people, sharing (R5). */
import type { English } from '../en';

export const linkPanel: English['linkPanel'] = {
  label: 'Koblinger for denne samtalen',
  notOwner: 'Bare eieren av denne samtalen kan koble, dele eller slette den.',
  kind: {
    deal: 'Avtale',
    lead: 'Lead',
    project: 'Prosjekt',
  },
  status: {
    open: 'Åpen',
    won: 'Vunnet',
    lost: 'Tapt',
    deleted: 'Slettet',
    archived: 'Arkivert',
    converted: 'Konvertert',
    closed: 'Avsluttet',
  },
  item: {
    title: 'Avtale, lead eller prosjekt',
    none: 'Ikke koblet ennå.',
    unlinkedByYou: 'Du fjernet koblingen; ny e-post kobler ikke denne samtalen automatisk igjen.',
    missing: 'Dette elementet er ikke lenger tilgjengelig.',
    unlink: 'Fjern kobling',
  },
  reason: {
    itemAddress: {
      deal: 'Koblet fordi den ble sendt til avtalens adresse',
      lead: 'Koblet fordi den ble sendt til leadets adresse',
      project: 'Koblet fordi den ble sendt til prosjektets adresse',
    },
    soleOpen: {
      deal: 'Eneste åpne avtale for {{name}}',
      lead: 'Eneste åpne lead for {{name}}',
      project: 'Eneste åpne prosjekt for {{name}}',
    },
    manual: 'Koblet av deg',
    copy: 'Kopiert fra en annen samtale',
  },
  candidates: {
    text: 'Flere åpne elementer passer til personene i denne samtalen. Velg det riktige:',
    link: 'Koble',
  },
  find: {
    label: 'Koble til et eksisterende element',
    placeholder: 'Skriv et navn …',
    none: 'Ingenting begynner med «{{text}}».',
    empty: 'Ingen avtaler, leads eller prosjekter ennå.',
  },
  create: {
    label: 'Opprett fra denne e-posten:',
    new: {
      deal: 'Ny avtale',
      lead: 'Nytt lead',
      project: 'Nytt prosjekt',
    },
    title: {
      deal: 'Ny avtale fra denne samtalen',
      lead: 'Nytt lead fra denne samtalen',
      project: 'Nytt prosjekt fra denne samtalen',
    },
    itemTitle: 'Tittel',
    titleMissing: 'Gi den en tittel.',
    person: 'Person',
    newPerson: '{{name}} <{{address}}> (ny person)',
    submit: {
      deal: 'Opprett avtale og koble',
      lead: 'Opprett lead og koble',
      project: 'Opprett prosjekt og koble',
    },
  },
  done: {
    linked: 'Koblet til «{{title}}».',
    created: {
      deal: 'Avtalen «{{title}}» er opprettet og koblet.',
      lead: 'Leadet «{{title}}» er opprettet og koblet.',
      project: 'Prosjektet «{{title}}» er opprettet og koblet.',
    },
  },
  people: {
    title: 'Personer',
    none: 'Ingen andre enn deg deltar i denne samtalen.',
    notAPerson: 'Ikke blant kontaktene dine',
    create: 'Opprett person',
    createFor: 'Opprett person: {{address}}',
    more_one: 'og {{count}} til',
    more_other: 'og {{count}} til',
    organizations_one: 'Organisasjon',
    organizations_other: 'Organisasjoner',
  },
  person: {
    formLabel: 'Ny person for {{address}}',
    name: 'Navn',
    organization: 'Organisasjon (valgfritt)',
    organizationHint: 'Finnes det allerede en organisasjon med dette navnet, brukes den; ellers opprettes den.',
    create: 'Opprett person',
    nameMissing: 'Gi personen et navn.',
  },
  sharing: {
    title: 'Deling',
    legend: 'Hvem som kan se denne samtalen',
    private: 'Privat',
    privateHint: 'Bare du.',
    shared: 'Delt',
    sharedHint: 'Alle som kan se det koblede elementet.',
    sharedUnlinkedHint: 'Alle som kan se elementet, når den er koblet.',
  },
  copy: {
    summary: 'Kopier til et annet element',
    explain: 'En samtale hører til én avtale, ett lead eller ett prosjekt. For at den også skal vises på et annet, lager Blindcopy en kopi og kobler kopien.',
    label: 'Kopier til',
    done: 'Kopiert til «{{title}}».',
    open: 'Åpne kopien',
  },
  dialog: {
    title: 'Koble til avtale, lead eller prosjekt',
    done: 'Ferdig',
  },
};
