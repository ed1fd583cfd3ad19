/**
 * IPC of what main shows itself: desktop notifications (which kinds the user wants, a settings
 * file in main) and the Help menu, the words for both (handed over by the renderer, which alone
 * knows the UI language), and the event that opens the place to act when a notification is
 * clicked.
 *
 * Why the renderer hands main the words: the language is chosen in the renderer (its local
 * storage, or the system's), and every word of the UI lives in its catalog, typed per language.
 * Main knows no language and holds no copy of any words: the renderer sends the few main shows
 * (titles, the words of every reason a notification can name, two menu items) at start and
 * whenever the language changes, and main keeps the last set in its settings file, so a message
 * that fails before a window has loaded is still worded.
 */
import { z } from 'zod';
import { RejectReasonSchema, type RejectReason } from '../../domain/mail';
import { FailureCodeSchema } from '../../failures/failureCodes';

export const NotificationKindSchema = z.enum(['rejected', 'sendFailed', 'sourceStopped']);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** Each kind on or off; all on unless the user turns one off. */
export const NotificationSettingsSchema = z.object({ rejected: z.boolean(), sendFailed: z.boolean(), sourceStopped: z.boolean() }).strict();
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;
export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = { rejected: true, sendFailed: true, sourceStopped: true };

/** Where a click on a notification takes the user. */
export const NotificationPlaceSchema = z.enum(['rejected', 'outbox', 'sources']);
export type NotificationPlace = z.infer<typeof NotificationPlaceSchema>;

export const NOTIFICATION_PLACE: Record<NotificationKind, NotificationPlace> = { rejected: 'rejected', sendFailed: 'outbox', sourceStopped: 'sources' };

const words = z.string().min(1).max(400);

export const NotificationWordsSchema = z
  .object({
    titles: z.object({ rejected: words, sendFailed: words, sourceStopped: words }).strict(),
    /** the body of a rejected-mail notice when the messages were rejected for different reasons */
    severalReasons: words,
    /** the body when a reason has no words here */
    fallback: words,
    rejectReasons: z.record(RejectReasonSchema, words),
    /** send and connection failures (their codes are the failure table's) */
    failures: z.partialRecord(FailureCodeSchema, words),
    /** a source stopped because the CRM store did not take a batch */
    storeFailed: words,
  })
  .strict();
export type NotificationWords = z.infer<typeof NotificationWordsSchema>;

export const HelpMenuWordsSchema = z.object({ copyDiagnostics: words, showLogFolder: words }).strict();
export type HelpMenuWords = z.infer<typeof HelpMenuWordsSchema>;

/** Every word main shows, in the renderer's current language. */
export const MainWordsSchema = z.object({ notifications: NotificationWordsSchema, helpMenu: HelpMenuWordsSchema }).strict();
export type MainWords = z.infer<typeof MainWordsSchema>;

export type { RejectReason };

export const notificationCalls = {
  'notifications:get': { request: z.object({}).strict(), response: NotificationSettingsSchema },
  'notifications:save': { request: z.object({ settings: NotificationSettingsSchema }).strict(), response: NotificationSettingsSchema },
  /** the renderer's words for what main shows, in its current language (see above) */
  'app:setWords': { request: z.object({ words: MainWordsSchema }).strict(), response: z.object({}).strict() },
} as const;

export const notificationEvents = {
  /** a notification was clicked: show this place (the window is already in front) */
  'app:open': z.object({ place: NotificationPlaceSchema }),
} as const;
