/** The inbox: thread list, filters, search, bulk sharing, empty states, the reading pane's hints. */
import type { English } from '../en';

export const inbox: English['inbox'] = {
  list: {
    label: 'Unterhaltungen',
    loadingMore: 'Ältere Unterhaltungen werden geladen …',
  },
  filters: {
    label: 'Anzeigen',
    all: 'Alle',
    unlinked: 'Unverknüpft',
    linked: 'Verknüpft',
    shared: 'Geteilt',
    private: 'Privat',
  },
  search: {
    label: 'Unterhaltungen durchsuchen',
    placeholder: 'Personen, Betreffs und Text durchsuchen',
  },
  row: {
    select: '„{{subject}}“ auswählen',
    noSubject: '(kein Betreff)',
    morePeople: '+{{count}}',
    messages_one: '{{count}} Nachricht',
    messages_other: '{{count}} Nachrichten',
    unlinked: 'Nicht verknüpft',
    itemHidden: 'Element nicht verfügbar',
    linkItem: 'Verknüpfen',
    changeLink: 'Verknüpfung ändern',
  },
  visibility: {
    private: 'Privat',
    shared: 'Geteilt',
  },
  bulk: {
    label: 'Ausgewählte Unterhaltungen',
    selected_one: '{{count}} ausgewählt',
    selected_other: '{{count}} ausgewählt',
    makePrivate: 'Privat machen',
    share: 'Teilen',
    clearLabel: 'Auswahl aufheben',
    done: {
      private_one: '{{count}} Unterhaltung ist jetzt privat.',
      private_other: '{{count}} Unterhaltungen sind jetzt privat.',
      shared_one: '{{count}} Unterhaltung ist jetzt geteilt.',
      shared_other: '{{count}} Unterhaltungen sind jetzt geteilt.',
    },
  },
  empty: {
    all: {
      title: 'Noch keine Unterhaltungen',
      advice: 'Setzen Sie die BCC-Adresse Ihrer Firma in Bcc, wenn Sie einem Kunden schreiben – die Unterhaltung erscheint hier nach wenigen Sekunden:',
      forward: 'Ein Kunde hat geantwortet? Leiten Sie die Antwort an dieselbe Adresse weiter.',
    },
    unlinked: {
      title: 'Keine unverknüpften Unterhaltungen',
      advice: 'Jede Unterhaltung ist mit einem Deal, Lead oder Projekt verknüpft.',
    },
    linked: {
      title: 'Noch keine verknüpften Unterhaltungen',
      advice: 'Öffnen Sie eine Unterhaltung und verknüpfen Sie sie im Bereich rechts mit einem Deal, Lead oder Projekt.',
    },
    shared: {
      title: 'Keine geteilten Unterhaltungen',
      advice: 'Geteilte Unterhaltungen sieht jeder, der ihren Deal, ihren Lead oder ihr Projekt sehen darf.',
    },
    private: {
      title: 'Keine privaten Unterhaltungen',
      advice: 'Private Unterhaltungen sehen nur Sie.',
    },
    search: {
      title: 'Nichts passt zu „{{query}}“',
      advice: 'Versuchen Sie weniger Wörter oder den Anfang eines Namens oder einer Adresse.',
      clear: 'Suche löschen',
    },
    showAll: 'Alle Unterhaltungen anzeigen',
  },
  reading: {
    title: 'Keine Unterhaltung geöffnet',
    advice: 'Wählen Sie links eine Unterhaltung, um sie zu lesen und mit einem Deal, Lead oder Projekt zu verknüpfen.',
    keysLabel: 'Tastenkürzel',
    keys: {
      answer: 'antworten / allen antworten / weiterleiten',
      move: 'nächste / vorherige',
      open: 'öffnen',
      select: 'für Sammelaktionen auswählen',
      search: 'suchen',
      close: 'schließen oder leeren',
    },
  },
};
