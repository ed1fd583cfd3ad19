/** The inbox: thread list, filters, search, bulk sharing, empty states, the reading pane's hints. */
import type { English } from '../en';

export const inbox: English['inbox'] = {
  list: {
    label: 'Konversationer',
    loadingMore: 'Läser in äldre konversationer …',
  },
  filters: {
    label: 'Visa',
    all: 'Alla',
    unlinked: 'Ej kopplade',
    linked: 'Kopplade',
    shared: 'Delade',
    private: 'Privata',
  },
  search: {
    label: 'Sök i konversationer',
    placeholder: 'Sök personer, ämnen och text',
  },
  row: {
    select: 'Markera ”{{subject}}”',
    noSubject: '(inget ämne)',
    morePeople: '+{{count}}',
    messages_one: '{{count}} meddelande',
    messages_other: '{{count}} meddelanden',
    unlinked: 'Inte kopplad',
    itemHidden: 'Objektet är inte tillgängligt',
    linkItem: 'Koppla',
    changeLink: 'Ändra koppling',
  },
  visibility: {
    private: 'Privat',
    shared: 'Delad',
  },
  bulk: {
    label: 'Markerade konversationer',
    selected_one: '{{count}} markerad',
    selected_other: '{{count}} markerade',
    makePrivate: 'Gör privat',
    share: 'Dela',
    clearLabel: 'Avmarkera alla',
    done: {
      private_one: '{{count}} konversation är nu privat.',
      private_other: '{{count}} konversationer är nu privata.',
      shared_one: '{{count}} konversation är nu delad.',
      shared_other: '{{count}} konversationer är nu delade.',
    },
  },
  empty: {
    all: {
      title: 'Inga konversationer ännu',
      advice: 'Lägg företagets BCC-adress i Bcc när du skriver till en kund, så visas konversationen här inom några sekunder:',
      forward: 'Har en kund svarat? Vidarebefordra svaret till samma adress.',
    },
    unlinked: {
      title: 'Inga okopplade konversationer',
      advice: 'Alla konversationer är kopplade till en affär, ett lead eller ett projekt.',
    },
    linked: {
      title: 'Inga kopplade konversationer ännu',
      advice: 'Öppna en konversation och koppla den till en affär, ett lead eller ett projekt i panelen till höger.',
    },
    shared: {
      title: 'Inga delade konversationer',
      advice: 'Delade konversationer syns för alla som får se deras affär, lead eller projekt.',
    },
    private: {
      title: 'Inga privata konversationer',
      advice: 'Privata konversationer syns bara för dig.',
    },
    search: {
      title: 'Inget matchar ”{{query}}”',
      advice: 'Försök med färre ord, eller början av ett namn eller en adress.',
      clear: 'Rensa sökningen',
    },
    showAll: 'Visa alla konversationer',
  },
  reading: {
    title: 'Ingen konversation öppen',
    advice: 'Välj en konversation till vänster för att läsa den och koppla den till en affär, ett lead eller ett projekt.',
    keysLabel: 'Kortkommandon',
    keys: {
      answer: 'svara / svara alla / vidarebefordra',
      move: 'nästa / föregående',
      open: 'öppna',
      select: 'markera för massåtgärder',
      search: 'sök',
      close: 'stäng eller rensa',
    },
  },
};
