/** The link panel and the "Link item" dialog: items and why they are linked (R4), people, sharing (R5). */
import type { English } from '../en';

export const linkPanel: English['linkPanel'] = {
  label: 'Verknüpfungen dieser Unterhaltung',
  notOwner: 'Nur der Eigentümer dieser Unterhaltung kann sie verknüpfen, teilen oder löschen.',
  kind: {
    deal: 'Deal',
    lead: 'Lead',
    project: 'Projekt',
  },
  status: {
    open: 'Offen',
    won: 'Gewonnen',
    lost: 'Verloren',
    deleted: 'Gelöscht',
    archived: 'Archiviert',
    converted: 'Umgewandelt',
    closed: 'Abgeschlossen',
  },
  item: {
    title: 'Deal, Lead oder Projekt',
    none: 'Noch nicht verknüpft.',
    unlinkedByYou: 'Sie haben die Verknüpfung gelöst; neue E-Mails verknüpfen diese Unterhaltung nicht wieder automatisch.',
    missing: 'Dieses Element ist nicht mehr verfügbar.',
    unlink: 'Verknüpfung lösen',
  },
  reason: {
    itemAddress: {
      deal: 'Verknüpft, weil sie an die Adresse des Deals gesendet wurde',
      lead: 'Verknüpft, weil sie an die Adresse des Leads gesendet wurde',
      project: 'Verknüpft, weil sie an die Adresse des Projekts gesendet wurde',
    },
    soleOpen: {
      deal: 'Einziger offener Deal von {{name}}',
      lead: 'Einziger offener Lead von {{name}}',
      project: 'Einziges offenes Projekt von {{name}}',
    },
    manual: 'Von Ihnen verknüpft',
    copy: 'Aus einer anderen Unterhaltung kopiert',
  },
  candidates: {
    text: 'Mehrere offene Elemente passen zu den Personen dieser Unterhaltung. Wählen Sie das richtige:',
    link: 'Verknüpfen',
  },
  find: {
    label: 'Mit vorhandenem Element verknüpfen',
    placeholder: 'Namen eingeben …',
    none: 'Nichts beginnt mit „{{text}}“.',
    empty: 'Noch keine Deals, Leads oder Projekte.',
  },
  create: {
    label: 'Aus dieser E-Mail anlegen:',
    new: {
      deal: 'Neuer Deal',
      lead: 'Neuer Lead',
      project: 'Neues Projekt',
    },
    title: {
      deal: 'Neuer Deal aus dieser Unterhaltung',
      lead: 'Neuer Lead aus dieser Unterhaltung',
      project: 'Neues Projekt aus dieser Unterhaltung',
    },
    itemTitle: 'Titel',
    titleMissing: 'Geben Sie einen Titel ein.',
    person: 'Person',
    newPerson: '{{name}} <{{address}}> (neue Person)',
    submit: {
      deal: 'Deal anlegen und verknüpfen',
      lead: 'Lead anlegen und verknüpfen',
      project: 'Projekt anlegen und verknüpfen',
    },
  },
  done: {
    linked: 'Mit „{{title}}“ verknüpft.',
    created: {
      deal: 'Deal „{{title}}“ angelegt und verknüpft.',
      lead: 'Lead „{{title}}“ angelegt und verknüpft.',
      project: 'Projekt „{{title}}“ angelegt und verknüpft.',
    },
  },
  people: {
    title: 'Personen',
    none: 'An dieser Unterhaltung ist außer Ihnen niemand beteiligt.',
    notAPerson: 'Nicht in Ihren Kontakten',
    create: 'Person anlegen',
    createFor: 'Person anlegen: {{address}}',
    more_one: 'und {{count}} weitere',
    more_other: 'und {{count}} weitere',
    organizations_one: 'Organisation',
    organizations_other: 'Organisationen',
  },
  person: {
    formLabel: 'Neue Person für {{address}}',
    name: 'Name',
    organization: 'Organisation (optional)',
    organizationHint: 'Gibt es schon eine Organisation mit diesem Namen, wird sie verwendet; sonst wird sie angelegt.',
    create: 'Person anlegen',
    nameMissing: 'Geben Sie der Person einen Namen.',
  },
  sharing: {
    title: 'Freigabe',
    legend: 'Wer diese Unterhaltung sehen kann',
    private: 'Privat',
    privateHint: 'Nur Sie.',
    shared: 'Geteilt',
    sharedHint: 'Jeder, der das verknüpfte Element sehen darf.',
    sharedUnlinkedHint: 'Jeder, der das Element sehen darf, sobald sie verknüpft ist.',
  },
  copy: {
    summary: 'In ein weiteres Element kopieren',
    explain: 'Eine Unterhaltung gehört zu einem Deal, Lead oder Projekt. Damit sie auch bei einem zweiten erscheint, legt Blindcopy eine Kopie an und verknüpft die Kopie.',
    label: 'Kopieren nach',
    done: 'Nach „{{title}}“ kopiert.',
    open: 'Kopie öffnen',
  },
  dialog: {
    title: 'Mit Deal, Lead oder Projekt verknüpfen',
    done: 'Fertig',
  },
};
