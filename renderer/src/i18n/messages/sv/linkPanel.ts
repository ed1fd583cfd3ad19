/** The link panel and the "Link item" dialog: items and why they are linked (R4), people, sharing (R5). */
import type { English } from '../en';

export const linkPanel: English['linkPanel'] = {
  label: 'Kopplingar för den här konversationen',
  notOwner: 'Bara konversationens ägare kan koppla, dela eller radera den.',
  kind: {
    deal: 'Affär',
    lead: 'Lead',
    project: 'Projekt',
  },
  status: {
    open: 'Öppen',
    won: 'Vunnen',
    lost: 'Förlorad',
    deleted: 'Raderad',
    archived: 'Arkiverad',
    converted: 'Konverterad',
    closed: 'Avslutad',
  },
  item: {
    title: 'Affär, lead eller projekt',
    none: 'Inte kopplad ännu.',
    unlinkedByYou: 'Du tog bort kopplingen; ny e-post kopplar inte den här konversationen automatiskt igen.',
    missing: 'Objektet är inte längre tillgängligt.',
    unlink: 'Ta bort koppling',
  },
  reason: {
    itemAddress: {
      deal: 'Kopplad eftersom den skickades till affärens adress',
      lead: 'Kopplad eftersom den skickades till leadets adress',
      project: 'Kopplad eftersom den skickades till projektets adress',
    },
    soleOpen: {
      deal: 'Enda öppna affären för {{name}}',
      lead: 'Enda öppna leadet för {{name}}',
      project: 'Enda öppna projektet för {{name}}',
    },
    manual: 'Kopplad av dig',
    copy: 'Kopierad från en annan konversation',
  },
  candidates: {
    text: 'Flera öppna objekt passar personerna i den här konversationen. Välj rätt:',
    link: 'Koppla',
  },
  find: {
    label: 'Koppla till ett befintligt objekt',
    placeholder: 'Skriv ett namn …',
    none: 'Inget börjar med ”{{text}}”.',
    empty: 'Inga affärer, leads eller projekt ännu.',
  },
  create: {
    label: 'Skapa från det här meddelandet:',
    new: {
      deal: 'Ny affär',
      lead: 'Nytt lead',
      project: 'Nytt projekt',
    },
    title: {
      deal: 'Ny affär från den här konversationen',
      lead: 'Nytt lead från den här konversationen',
      project: 'Nytt projekt från den här konversationen',
    },
    itemTitle: 'Titel',
    titleMissing: 'Ange en titel.',
    person: 'Person',
    newPerson: '{{name}} <{{address}}> (ny person)',
    submit: {
      deal: 'Skapa affär och koppla',
      lead: 'Skapa lead och koppla',
      project: 'Skapa projekt och koppla',
    },
  },
  done: {
    linked: 'Kopplad till ”{{title}}”.',
    created: {
      deal: 'Affären ”{{title}}” har skapats och kopplats.',
      lead: 'Leadet ”{{title}}” har skapats och kopplats.',
      project: 'Projektet ”{{title}}” har skapats och kopplats.',
    },
  },
  people: {
    title: 'Personer',
    none: 'Ingen utom du deltar i den här konversationen.',
    notAPerson: 'Inte bland dina kontakter',
    create: 'Skapa person',
    createFor: 'Skapa person: {{address}}',
    more_one: 'och {{count}} till',
    more_other: 'och {{count}} till',
    organizations_one: 'Organisation',
    organizations_other: 'Organisationer',
  },
  person: {
    formLabel: 'Ny person för {{address}}',
    name: 'Namn',
    organization: 'Organisation (valfritt)',
    organizationHint: 'Finns det redan en organisation med det namnet används den; annars skapas den.',
    create: 'Skapa person',
    nameMissing: 'Ge personen ett namn.',
  },
  sharing: {
    title: 'Delning',
    legend: 'Vem som kan se den här konversationen',
    private: 'Privat',
    privateHint: 'Bara du.',
    shared: 'Delad',
    sharedHint: 'Alla som får se det kopplade objektet.',
    sharedUnlinkedHint: 'Alla som får se objektet, när den väl är kopplad.',
  },
  copy: {
    summary: 'Kopiera till ett annat objekt',
    explain: 'En konversation hör till en affär, ett lead eller ett projekt. För att den också ska synas på ett andra skapar Blindcopy en kopia och kopplar kopian.',
    label: 'Kopiera till',
    done: 'Kopierad till ”{{title}}”.',
    open: 'Öppna kopian',
  },
  dialog: {
    title: 'Koppla till affär, lead eller projekt',
    done: 'Klar',
  },
};
