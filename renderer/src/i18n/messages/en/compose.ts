/** Compose (R2, R10.1) and the outcome of an address confirmation link (R6.2). */
export const compose = {
  launch: {
    new: 'Compose',
    continue: 'Continue draft',
  },
  title: {
    new: 'New message',
    reply: 'Reply',
    'reply-all': 'Reply to all',
    forward: 'Forward',
    edit: 'Edit queued message',
  },
  close: 'Close (the draft is kept)',
  replace: {
    question: 'You are writing another message. Replace it with the new one? Its text is then lost.',
    replace: 'Replace it',
    keep: 'Keep writing',
  },
  dock: {
    minimise: 'Minimise',
    restore: 'Restore',
  },
  loading: 'Preparing the message…',
  fields: {
    from: 'From',
    to: 'To',
    cc: 'Cc',
    bcc: 'Bcc',
    addCc: 'Add Cc',
    addBcc: 'Add Bcc',
    subject: 'Subject',
    text: 'Message',
  },
  recipients: {
    listLabel: {
      to: 'Recipients in To',
      cc: 'Recipients in Cc',
      bcc: 'Recipients in Bcc',
    },
    remove: 'Remove {{address}}',
    suggestions: 'People from the CRM',
    invalid: 'Not an email address: {{text}}',
    missing: 'Add at least one recipient.',
  },
  item: {
    label: 'Deal or lead',
    placeholder: 'Attach to a deal or lead…',
    hint: 'The CRM copy then goes to its own address, and the conversation is linked to it.',
    none: 'No open deal or lead starts with “{{query}}”.',
    suggestions: 'Open deals and leads',
    change: 'Change',
    remove: 'Remove',
    removeNamed: 'Do not attach to “{{title}}”',
    kind: {
      deal: 'Deal',
      lead: 'Lead',
      project: 'Project',
    },
  },
  crm: {
    title: 'Copy for the CRM',
    company: 'A copy for the CRM goes to the company address',
    item: {
      deal: 'A copy for the CRM goes to the deal “{{title}}”',
      lead: 'A copy for the CRM goes to the lead “{{title}}”',
    },
    kept: 'A copy for the CRM goes to',
    hidden: 'Only the CRM gets this address: the other recipients never see it.',
    ask: 'Send a copy to the CRM ({{address}})',
    askHint: 'Your setting is to be asked each time. Recipients never see this address.',
    none: 'No copy goes to the CRM (your setting is “never”). Attach a deal or lead to send one to it.',
  },
  attachments: {
    add: 'Attach files',
    total_one: '{{count}} file, {{size}}',
    total_other: '{{count}} files, {{size}}',
    listLabel: 'Attachments',
    remove: 'Remove',
    removeNamed: 'Remove {{name}}',
    tooLarge: 'Not attached: {{names}}. A message can carry at most {{limit}} of attachments.',
    unreadable: 'Could not read {{names}}. Try choosing the file again.',
  },
  warnings: {
    severalItems: {
      title: 'Several deals or leads among the recipients',
      text: 'The CRM will link this conversation to none of them. Keep only one deal or lead address if you can:',
    },
    tooLarge: {
      title: 'This message is about {{size}}',
      text: 'The CRM captures messages up to {{limit}} as sent (attachments grow by about a third on the way). It will be sent, but it will not appear in the CRM.',
    },
  },
  discard: {
    button: 'Discard',
    question: 'Discard this draft?',
    confirm: 'Discard',
    keep: 'Keep writing',
  },
  send: {
    button: 'Send',
    saveEdit: 'Save and send',
    refusedTitle: 'The message was not queued',
    invalidTitle: 'The message cannot be sent like this',
    invalid: 'Check the addresses, the subject (one line) and the attachments.',
    coreError: 'Nothing was queued. Try again; your draft is kept.',
  },
  queued: {
    sent: 'Your message is in the outbox and goes out as soon as the server takes it.',
    edited: 'The changed message is in the outbox and goes out as soon as the server takes it.',
    delivered: 'Your message was sent.',
  },
  problem: {
    'message-missing': {
      title: 'The message is no longer there',
      text: 'It may have been deleted from the CRM. Open the conversation again.',
    },
    'already-sent': {
      title: 'This message was already sent',
      text: 'Sent messages cannot be changed.',
    },
    'core-error': {
      title: 'The Blindcopy core did not answer',
      text: 'Compose needs your account settings. Try again; if it keeps happening, restart Blindcopy.',
    },
    'no-account': {
      title: 'No mail account yet',
      text: 'Connect your mail account in Settings first.',
    },
  },
  confirmLink: {
    dismiss: 'Dismiss',
    ask: {
      title: 'Confirm a sender address with this link?',
      text: 'The link you opened confirms an address as yours: mail from it is then accepted into your CRM and you can send from it. Confirm only if you asked for this and the link came in Blindcopy’s confirmation email.',
      confirm: 'Confirm the address',
      cancel: 'Cancel',
    },
    refused: {
      title: 'Blindcopy cannot open this link',
      text: 'It is not a link Blindcopy knows, or it is too long. Blindcopy opens only the address confirmation links in its own emails. Nothing was changed.',
    },
    checking: {
      title: 'Checking the confirmation link…',
      text: 'One moment.',
    },
    confirmed: {
      title: 'Address confirmed',
      text: 'Mail from {{address}} is now accepted as yours, and you can send from it.',
    },
    expired: {
      title: 'This confirmation link has expired',
      text: 'Links work for 24 hours. In Settings › Your sender addresses, send a new confirmation email.',
    },
    invalid: {
      title: 'This confirmation link does not work',
      text: 'It is not valid or was already used. If the address is still waiting, send a new confirmation email from Settings › Your sender addresses.',
    },
    'core-error': {
      title: 'The link could not be checked',
      text: 'The Blindcopy core did not answer. Open the link again in a moment.',
    },
  },
};
