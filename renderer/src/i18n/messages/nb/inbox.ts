/** The inbox: thread list, filters, search, bulk sharing, empty states, the reading pane's hints. */
import type { English } from '../en';

export const inbox: English['inbox'] = {
  list: {
    label: 'Samtaler',
    loadingMore: 'Laster inn eldre samtaler …',
  },
  filters: {
    label: 'Vis',
    all: 'Alle',
    unlinked: 'Ikke koblet',
    linked: 'Koblet',
    shared: 'Delt',
    private: 'Private',
  },
  search: {
    label: 'Søk i samtaler',
    placeholder: 'Søk etter personer, emner og tekst',
  },
  row: {
    select: 'Velg «{{subject}}»',
    noSubject: '(uten emne)',
    morePeople: '+{{count}}',
    messages_one: '{{count}} melding',
    messages_other: '{{count}} meldinger',
    unlinked: 'Ikke koblet',
    itemHidden: 'Elementet er ikke tilgjengelig',
    linkItem: 'Koble',
    changeLink: 'Endre kobling',
  },
  visibility: {
    private: 'Privat',
    shared: 'Delt',
  },
  bulk: {
    label: 'Valgte samtaler',
    selected_one: '{{count}} valgt',
    selected_other: '{{count}} valgt',
    makePrivate: 'Gjør private',
    share: 'Del',
    clearLabel: 'Fjern valget',
    done: {
      private_one: '{{count}} samtale er nå privat.',
      private_other: '{{count}} samtaler er nå private.',
      shared_one: '{{count}} samtale er nå delt.',
      shared_other: '{{count}} samtaler er nå delt.',
    },
  },
  empty: {
    all: {
      title: 'Ingen samtaler ennå',
      advice: 'Sett firmaets BCC-adresse i Bcc når du skriver til en kunde, så dukker samtalen opp her i løpet av sekunder:',
      forward: 'Har en kunde svart? Videresend svaret til samme adresse.',
    },
    unlinked: {
      title: 'Ingen samtaler uten kobling',
      advice: 'Alle samtaler er koblet til en avtale, et lead eller et prosjekt.',
    },
    linked: {
      title: 'Ingen koblede samtaler ennå',
      advice: 'Åpne en samtale og koble den til en avtale, et lead eller et prosjekt i panelet til høyre.',
    },
    shared: {
      title: 'Ingen delte samtaler',
      advice: 'Delte samtaler er synlige for alle som kan se avtalen, leadet eller prosjektet deres.',
    },
    private: {
      title: 'Ingen private samtaler',
      advice: 'Private samtaler er bare synlige for deg.',
    },
    search: {
      title: 'Ingenting passer til «{{query}}»',
      advice: 'Prøv færre ord, eller begynnelsen av et navn eller en adresse.',
      clear: 'Tøm søket',
    },
    showAll: 'Vis alle samtaler',
  },
  reading: {
    title: 'Ingen samtale er åpen',
    advice: 'Velg en samtale til venstre for å lese den og koble den til en avtale, et lead eller et prosjekt.',
    keysLabel: 'Hurtigtaster',
    keys: {
      answer: 'svar / svar alle / videresend',
      move: 'neste / forrige',
      open: 'åpne',
      select: 'velg for handlinger på flere',
      search: 'søk',
      close: 'lukk eller tøm',
    },
  },
};
