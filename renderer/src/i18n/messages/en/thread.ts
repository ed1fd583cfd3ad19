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
    pass: {
      title: 'Sender verified',
      short: 'Verified',
      explain: 'DKIM or SPF confirmed the sender.',
    },
    none: {
      title: 'Sender not verified',
      short: 'Unverified',
      explain: 'The message carries no signature or SPF result to check the sender with.',
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
