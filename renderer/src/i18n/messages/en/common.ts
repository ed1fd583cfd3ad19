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
};
