/**
 * The notification settings (which kinds are on) and the last words the renderer handed over
 * (notifications, Help menu: shared/ipc/calls/notifications.ts says why), in one zod-checked file of the app's data folder. A damaged file is set aside and the defaults
 * apply: notifications are not worth stopping the app for.
 */
import { join } from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  NotificationSettingsSchema,
  MainWordsSchema,
  type NotificationSettings,
  type MainWords,
} from '../../shared/ipc/calls/notifications';
import { readJsonFileOrSetAside, writeJsonFile } from '../platform/jsonFile';
import type { AppPaths, Clock, Logger } from '../platform/ports';

const FileSchema = z.object({ version: z.literal(1), settings: NotificationSettingsSchema, words: MainWordsSchema.optional() });
type NotificationFileContent = z.infer<typeof FileSchema>;

export interface NotificationFile {
  settings(): Promise<NotificationSettings>;
  saveSettings(settings: NotificationSettings): Promise<NotificationSettings>;
  words(): Promise<MainWords | undefined>;
  saveWords(words: MainWords): Promise<void>;
}

export function notificationFilePath(paths: AppPaths): string {
  return join(paths.userData, 'notifications.json');
}

export function createNotificationFile(paths: AppPaths, clock: Clock, logger: Logger): NotificationFile {
  const path = notificationFilePath(paths);
  let content: Promise<NotificationFileContent> | undefined;
  /** one write at a time, in order */
  let writing: Promise<unknown> = Promise.resolve();

  const load = (): Promise<NotificationFileContent> =>
    (content ??= readJsonFileOrSetAside(path, FileSchema, clock.now()).then((read) => {
      if (read.kind === 'set-aside') logger.warn('notification.failed', { code: 'invalid' }, read.reason);
      return read.kind === 'ok' ? read.value : { version: 1 as const, settings: DEFAULT_NOTIFICATION_SETTINGS };
    }));

  async function update(change: (current: NotificationFileContent) => NotificationFileContent): Promise<NotificationFileContent> {
    const next = change(await load());
    content = Promise.resolve(next);
    writing = writing.then(() => writeJsonFile(path, next, 2));
    await writing;
    return next;
  }

  return {
    settings: async () => (await load()).settings,
    saveSettings: async (settings) => (await update((c) => ({ ...c, settings }))).settings,
    words: async () => (await load()).words,
    async saveWords(words) {
      const current = await load();
      if (JSON.stringify(current.words) === JSON.stringify(words)) return;
      await update((c) => ({ ...c, words }));
    },
  };
}
