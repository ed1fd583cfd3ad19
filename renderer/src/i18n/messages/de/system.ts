import type { English } from '../en';

export const system: English['system'] = {
  update: {
    ready: 'Blindcopy {{version}} ist bereit zur Installation.',
    readyAdvice: 'Das Update wurde im Hintergrund geladen. Der Neustart dauert wenige Sekunden; Ihre Arbeit bleibt erhalten.',
    restart: 'Neu starten und aktualisieren',
    notRestarted: 'Das Update konnte nicht gestartet werden. Es wird installiert, wenn Sie Blindcopy das nächste Mal beenden.',
  },
  startup: {
    title: 'Dieser Computer',
    openAtLogin: 'Blindcopy bei der Anmeldung starten',
    openAtLoginHint: 'Blindcopy öffnet sich dann bei der Anmeldung und holt Ihre E-Mails sofort ab.',
    unsupported: 'Ihr System lässt Apps nicht selbst bei der Anmeldung starten. Fügen Sie Blindcopy stattdessen den Autostart-Programmen Ihres Desktops hinzu.',
    failed: 'Die Einstellung konnte nicht geändert werden.',
  },
};
