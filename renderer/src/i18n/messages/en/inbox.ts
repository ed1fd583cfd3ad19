/** The inbox: thread list, filters, search, bulk sharing, empty states, the reading pane's hints. */
export const inbox = {
  list: {
    label: 'Conversations',
    loadingMore: 'Loading older conversations…',
  },
  filters: {
    label: 'Show',
    all: 'All',
    unlinked: 'Unlinked',
    linked: 'Linked',
    shared: 'Shared',
    private: 'Private',
  },
  search: {
    label: 'Search conversations',
    placeholder: 'Search people, subjects and text',
  },
  row: {
    select: 'Select “{{subject}}”',
    noSubject: '(no subject)',
    morePeople: '+{{count}}',
    messages_one: '{{count}} message',
    messages_other: '{{count}} messages',
    unlinked: 'Not linked',
    itemHidden: 'Item not available',
    linkItem: 'Link item',
    changeLink: 'Change link',
  },
  visibility: {
    private: 'Private',
    shared: 'Shared',
  },
  bulk: {
    label: 'Selected conversations',
    selected_one: '{{count}} selected',
    selected_other: '{{count}} selected',
    makePrivate: 'Make private',
    share: 'Share',
    clearLabel: 'Clear selection',
    done: {
      private_one: '{{count}} conversation is now private.',
      private_other: '{{count}} conversations are now private.',
      shared_one: '{{count}} conversation is now shared.',
      shared_other: '{{count}} conversations are now shared.',
    },
  },
  empty: {
    all: {
      title: 'No conversations yet',
      advice: 'Put your company BCC address in Bcc when you write to a customer, and the conversation appears here within seconds:',
      forward: 'A customer replied? Forward the reply to the same address.',
    },
    unlinked: {
      title: 'No unlinked conversations',
      advice: 'Every conversation is linked to a deal, lead or project.',
    },
    linked: {
      title: 'No linked conversations yet',
      advice: 'Open a conversation and link it to a deal, lead or project in the panel on the right.',
    },
    shared: {
      title: 'No shared conversations',
      advice: 'Shared conversations are visible to everyone who may see their deal, lead or project.',
    },
    private: {
      title: 'No private conversations',
      advice: 'Private conversations are visible to you alone.',
    },
    search: {
      title: 'Nothing matches “{{query}}”',
      advice: 'Try fewer words, or the start of a name or an address.',
      clear: 'Clear search',
    },
    showAll: 'Show all conversations',
  },
  reading: {
    title: 'No conversation open',
    advice: 'Choose a conversation on the left to read it and link it to a deal, lead or project.',
    keysLabel: 'Keyboard shortcuts',
    keys: {
      answer: 'reply / reply all / forward',
      move: 'next / previous',
      open: 'open',
      select: 'select for bulk actions',
      search: 'search',
      close: 'close or clear',
    },
  },
};
