/**
 * The notification port on Electron's Notification: shows what the services worded, and on a
 * click brings the window to the front before the services open the place to act. Thin on
 * purpose: what to show and when is main/notifications (tested without Electron).
 */
import { Notification, type BrowserWindow } from 'electron';
import type { NotificationPort } from '../platform/ports';

export function createDesktopNotifications(window: () => BrowserWindow | undefined): NotificationPort {
  /** shown notifications, kept until closed: one that is garbage-collected loses its click */
  const live = new Set<Notification>();
  return {
    show({ title, body }, onClick) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      live.add(notification);
      notification.on('click', () => {
        const win = window();
        if (win) {
          if (win.isMinimized()) win.restore();
          win.show();
          win.focus();
        }
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}
