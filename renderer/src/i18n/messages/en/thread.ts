/** The open thread: messages, authentication (R3.4), mail bodies (R10.2), attachments, deletion (R3.7). */
export const thread = {
  close: 'Close',
  closeThread: 'Close conversation',
  gone: 'This conversation was deleted.',
  answer: {
    reply: 'Reply',
    replyAll: 'Reply all',
    forward: 'Forward',
    messageGroup: 'Answer this message',
    threadGroup: 'Answer the conversation (its latest message)',
  },
  message: {
    to: 'To',
    cc: 'Cc',
    collapse: 'Collapse',
    forwardedByYou: 'Reply from {{author}}, forwarded by you ({{address}})',
  },
  auth: {
    results: 'DKIM: {{dkim}} · SPF: {{spf}}',
    dkimFor: 'DKIM signed by {{domain}}',
    spfFor: 'SPF for {{domain}}',
    fromDomain: 'sender’s domain {{domain}}',
    dmarc: 'DMARC: {{result}}',
    dmarcPolicy: 'DMARC: {{result}} (p={{policy}})',
    ignored_one: '{{count}} lower Authentication-Results header with your server’s name was ignored: it was added before your server or forged.',
    ignored_other: '{{count}} lower Authentication-Results headers with your server’s name were ignored: they were added before your server or forged.',
    dmarcRejected: 'It claims your own address, and your domain’s DMARC policy ({{policy}}) refuses mail that fails it.',
    pass: {
      title: 'Sender verified',
      short: 'Verified',
      explain: 'DKIM or SPF confirmed the sender’s domain.',
    },
    'no-data': {
      title: 'No authentication data',
      short: 'No data',
      explain: 'Neither your mail server nor a signature says anything about the sender.',
    },
    none: {
      title: 'Sender not verified',
      short: 'Unverified',
      explain: 'The checks gave no result that confirms or refutes the sender.',
    },
    unaligned: {
      title: 'Sender not aligned',
      short: 'Not aligned',
      explain: 'DKIM or SPF passed, but for another domain than the sender’s: that does not prove who sent it.',
    },
    fail: {
      title: 'Authentication failed',
      short: 'Failed check',
      explain: 'DKIM and SPF both failed: this message may not come from who it says.',
    },
  },
  body: {
    frameTitle: 'Message: {{subject}}',
    remoteBlocked: 'Remote images are blocked to protect your privacy.',
    showImages: 'Show images',
  },
  attachments: {
    title_one: '{{count}} attachment',
    title_other: '{{count}} attachments',
    unnamed: 'Unnamed file',
    download: 'Download',
    downloadNamed: 'Download {{name}}',
    failed: 'The attachment could not be downloaded.',
  },
  delete: {
    message: {
      button: 'Delete message',
      title: 'Delete this message?',
      confirm: 'Delete message',
      explain: 'It leaves the inbox and every deal, lead and project, and the next sync will not bring it back. Nothing is deleted on your mail server.',
      name: '{{author}}, {{date}}',
    },
    thread: {
      button: 'Delete conversation',
      title: 'Delete this conversation?',
      confirm: 'Delete conversation',
      explain: 'All its messages leave the inbox and every deal, lead and project, and the next sync will not bring them back. Nothing is deleted on your mail server.',
    },
  },
};
