/**
 * What main shows itself, in words (main knows no language: the renderer hands these over,
 * shared/ipc/calls/notifications.ts): desktop notifications and the Help menu's entries; and
 * Settings › Notifications. A notification's reason is worded by the Rejected list's and the
 * failure table's own words (rejected.reasons, errors).
 */
export const notifications = {
  titles: {
    rejected: 'Mail was not taken into the CRM',
    sendFailed: 'A message could not be sent',
    sourceStopped: 'Mail sync stopped',
  },
  severalReasons: 'Several messages, for different reasons: the Rejected list says why.',
  fallback: 'Open Blindcopy to see why.',
  storeFailed: 'Blindcopy could not save new mail. Restart Blindcopy; if it keeps happening, use Help › Copy Diagnostics for support.',
  helpMenu: {
    copyDiagnostics: 'Copy Diagnostics',
    showLogFolder: 'Show Log Folder',
  },
  settings: {
    title: 'Notifications',
    intro: 'Blindcopy tells you on the desktop when something needs you; clicking a notification opens the place to act. Notifications never show a message’s subject or sender.',
    rejected: 'Mail was not taken into the CRM',
    rejectedHint: 'With the reason, e.g. sent from an address that is not yours.',
    sendFailed: 'A message could not be sent',
    sendFailedHint: 'The outbox gave up on a message.',
    sourceStopped: 'Mail sync stopped',
    sourceStoppedHint: 'E.g. the mail server no longer accepts the password.',
    loadFailed: 'The notification settings could not be read.',
    saveFailed: 'The change was not saved. Try again.',
  },
};
