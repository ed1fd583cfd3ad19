/** English strings: the reference set; every other language must have exactly these keys. */
export const en = {
  nav: {
    inbox: 'Inbox',
    deals: 'Deals',
    leads: 'Leads',
    projects: 'Projects',
    persons: 'People',
    organizations: 'Organizations',
    rejected: 'Rejected',
    settings: 'Settings',
    label: 'Main navigation',
  },
  app: {
    connected: 'Connected to the Blindcopy core {{version}}',
    disconnected: 'The Blindcopy core is not answering.',
  },
  empty: {
    inbox: 'No conversations yet. Send mail with the BCC address and it appears here.',
    deals: 'No deals yet. Create one, or create it from a conversation.',
    leads: 'No leads yet.',
    projects: 'No projects yet.',
    persons: 'No people yet. They are added when you send mail to them.',
    organizations: 'No organizations yet.',
    rejected: 'Nothing was rejected.',
    settings: 'Connect your mail account to begin.',
  },
} as const;

/** The shape every language file must have: same keys, any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
