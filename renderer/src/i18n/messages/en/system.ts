/** Updates and starting at login: the sidebar's update notice and Settings › This computer. */
export const system = {
  update: {
    ready: 'Blindcopy {{version}} is ready to install.',
    readyAdvice: 'It was downloaded in the background. Restarting takes a few seconds; your work is kept.',
    restart: 'Restart to update',
    notRestarted: 'The update could not be started. It will be installed the next time you quit Blindcopy.',
  },
  startup: {
    title: 'This computer',
    openAtLogin: 'Start Blindcopy when I log in',
    openAtLoginHint: 'Blindcopy then opens when you log in and fetches your mail right away.',
    unsupported: 'Your system does not let apps start themselves at login. Add Blindcopy to your desktop’s startup applications instead.',
    failed: 'The setting could not be changed.',
  },
};
