/** Words the shared components use (renderer/src/components) and answers any feature may give. */
export const common = {
  actions: {
    cancel: 'Cancel',
  },
  copy: {
    button: 'Copy',
    copied: 'Copied',
    refused: 'Copying was not allowed here. Select the text and press Ctrl+C (⌘C on a Mac).',
    bccAddress: 'Copy the BCC address',
  },
  coreError: {
    title: 'The Blindcopy core did not answer',
    advice: 'Nothing was changed. Try again; if it keeps happening, restart Blindcopy.',
  },
  sources: {
    dropbox: 'Mail from the drop box is not coming in.',
    sync: 'The folder “{{folder}}” is not syncing.',
    all: 'Mail is not being fetched.',
    fix: {
      password: 'If the password was changed, enter the new one under “Account and drop box”, then choose Retry now.',
      certificate: 'If the server’s certificate was changed on purpose, check and trust the new one in Settings, then choose Retry now.',
      folder: 'Choose the folder again in Settings, or create it on the server, then choose Retry now.',
      wait: 'Blindcopy tries again by itself. Choose Retry now to try at once.',
      restart: 'Blindcopy starts it again by itself. If it keeps stopping, restart Blindcopy.',
      disk: 'Free some disk space, then choose Retry now.',
    },
    retry: 'Retry now',
    retrying: 'Trying again…',
    retryFailed: 'Trying again did not work: {{reason}}',
    openSettings: 'Open Settings',
  },
  undo: {
    button: 'Undo',
    close: 'Dismiss',
    failed: 'Could not undo: {{reason}}',
    commitFailed: 'That did not go through: {{reason}}',
    unlinked: 'Conversation unlinked from “{{title}}”',
    unlinkedPlain: 'Conversation unlinked',
    deleted: {
      deal: 'Deal deleted',
      lead: 'Lead deleted',
      project: 'Project deleted',
      person: 'Person deleted',
      organization: 'Organization deleted',
      thread: 'Conversation deleted',
      message: 'Message deleted',
    },
  },
};
