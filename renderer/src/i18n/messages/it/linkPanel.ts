/** The link panel and the "Link item" dialog: items and why they are linked (R4), people, sharing (R5). */
import type { English } from '../en';

export const linkPanel: English['linkPanel'] = {
  label: 'Collegamenti di questa conversazione',
  notOwner: 'Solo il proprietario di questa conversazione può collegarla, condividerla o eliminarla.',
  kind: {
    deal: 'Trattativa',
    lead: 'Lead',
    project: 'Progetto',
  },
  status: {
    open: 'In corso',
    won: 'Vinta',
    lost: 'Persa',
    deleted: 'Eliminata',
    archived: 'Archiviato',
    converted: 'Convertito',
    closed: 'Chiuso',
  },
  item: {
    title: 'Trattativa, lead o progetto',
    none: 'Non ancora collegata.',
    unlinkedByYou: 'Hai rimosso il collegamento; la nuova posta non ricollegherà automaticamente questa conversazione.',
    missing: 'Questo elemento non è più disponibile.',
    unlink: 'Scollega',
  },
  reason: {
    itemAddress: {
      deal: 'Collegata perché inviata all’indirizzo della trattativa',
      lead: 'Collegata perché inviata all’indirizzo del lead',
      project: 'Collegata perché inviata all’indirizzo del progetto',
    },
    soleOpen: {
      deal: 'Unica trattativa aperta di {{name}}',
      lead: 'Unico lead aperto di {{name}}',
      project: 'Unico progetto aperto di {{name}}',
    },
    manual: 'Collegata da te',
    copy: 'Copiata da un’altra conversazione',
  },
  candidates: {
    text: 'Diversi elementi aperti corrispondono alle persone di questa conversazione. Scegli quello giusto:',
    link: 'Collega',
  },
  find: {
    label: 'Collega a un elemento esistente',
    placeholder: 'Digita un nome…',
    none: 'Niente inizia con «{{text}}».',
    empty: 'Ancora nessuna trattativa, lead o progetto.',
  },
  create: {
    label: 'Crea da questa email:',
    new: {
      deal: 'Nuova trattativa',
      lead: 'Nuovo lead',
      project: 'Nuovo progetto',
    },
    title: {
      deal: 'Nuova trattativa da questa conversazione',
      lead: 'Nuovo lead da questa conversazione',
      project: 'Nuovo progetto da questa conversazione',
    },
    itemTitle: 'Titolo',
    titleMissing: 'Inserisci un titolo.',
    person: 'Persona',
    newPerson: '{{name}} <{{address}}> (nuova persona)',
    submit: {
      deal: 'Crea trattativa e collega',
      lead: 'Crea lead e collega',
      project: 'Crea progetto e collega',
    },
  },
  done: {
    linked: 'Collegata a «{{title}}».',
    created: {
      deal: 'Trattativa «{{title}}» creata e collegata.',
      lead: 'Lead «{{title}}» creato e collegato.',
      project: 'Progetto «{{title}}» creato e collegato.',
    },
  },
  people: {
    title: 'Persone',
    none: 'Oltre a te nessuno partecipa a questa conversazione.',
    notAPerson: 'Non è tra i tuoi contatti',
    create: 'Crea persona',
    createFor: 'Crea persona: {{address}}',
    more_one: 'e {{count}} altra',
    more_other: 'e altre {{count}}',
    organizations_one: 'Organizzazione',
    organizations_other: 'Organizzazioni',
  },
  person: {
    formLabel: 'Nuova persona per {{address}}',
    name: 'Nome',
    organization: 'Organizzazione (facoltativa)',
    organizationHint: 'Se esiste già un’organizzazione con questo nome viene usata, altrimenti viene creata.',
    create: 'Crea persona',
    nameMissing: 'Dai un nome alla persona.',
  },
  sharing: {
    title: 'Condivisione',
    legend: 'Chi può vedere questa conversazione',
    private: 'Privata',
    privateHint: 'Solo tu.',
    shared: 'Condivisa',
    sharedHint: 'Chiunque possa vedere l’elemento collegato.',
    sharedUnlinkedHint: 'Chiunque possa vedere l’elemento, una volta collegata.',
  },
  copy: {
    summary: 'Copia in un altro elemento',
    explain: 'Una conversazione appartiene a una sola trattativa, lead o progetto. Per mostrarla anche in un secondo, Blindcopy ne crea una copia e collega la copia.',
    label: 'Copia in',
    done: 'Copiata in «{{title}}».',
    open: 'Apri la copia',
  },
  dialog: {
    title: 'Collega a trattativa, lead o progetto',
    done: 'Fatto',
  },
};
