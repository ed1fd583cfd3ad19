/**
 * The notification settings file: all kinds on until the user turns one off, kept across a
 * restart with the renderer's last words; a damaged file is set aside and the defaults apply.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNotificationFile, notificationFilePath } from '../../../main/notifications/notificationFile';
import { silentLogger, systemClock } from '../../../main/platform/ports';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { mainWords } from '../../../renderer/src/i18n/mainWords';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/ipc/calls/notifications';
import { testAdapters } from '../../support/coreServices';

describe('notification settings file', () => {
  it('starts with every kind on and no words; keeps a change and the words across a restart', async () => {
    const { paths } = testAdapters();
    const file = createNotificationFile(paths, systemClock, silentLogger);
    expect(await file.settings()).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    expect(await file.words()).toBeUndefined();
    await file.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, rejected: false });
    await file.saveWords(mainWords(catalog.sv));
    const again = createNotificationFile(paths, systemClock, silentLogger);
    expect(await again.settings()).toEqual({ rejected: false, sendFailed: true, sourceStopped: true });
    expect(await again.words()).toEqual(mainWords(catalog.sv));
  });

  it('a damaged file is set aside (kept for support) and the defaults apply', async () => {
    const { paths } = testAdapters();
    writeFileSync(notificationFilePath(paths), '{"version":1,"settings":{"rejected":"maybe"}}');
    const file = createNotificationFile(paths, systemClock, silentLogger);
    expect(await file.settings()).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
    expect(readdirSync(dirname(notificationFilePath(paths))).some((n) => n.startsWith('notifications.json.invalid-'))).toBe(true);
    await file.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, sourceStopped: false });
    expect(JSON.parse(readFileSync(notificationFilePath(paths), 'utf8'))).toMatchObject({ version: 1, settings: { sourceStopped: false } });
  });
});
