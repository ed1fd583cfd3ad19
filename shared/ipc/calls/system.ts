/**
 * IPC of the app's place on the desktop: updates (downloaded in the background, installed when
 * the user says "Restart to update") and starting at login. Both exist only in the packaged app
 * with what it was built with: with no update feed, updates are 'off'; where the system offers no
 * login item, the setting is not `supported`.
 */
import { z } from 'zod';

export const UpdateStateSchema = z.discriminatedUnion('status', [
  /** no update feed was configured when the app was built (or it runs unpackaged): never checks */
  z.object({ status: z.literal('off') }),
  /** checks on start and daily; nothing waits to be installed */
  z.object({ status: z.literal('idle') }),
  /** a newer version is downloaded and is installed by a restart */
  z.object({ status: z.literal('ready'), version: z.string().min(1).max(100) }),
]);
export type UpdateState = z.infer<typeof UpdateStateSchema>;

export const LoginItemStateSchema = z.object({
  /** false where the system gives the app no way to start at login */
  supported: z.boolean(),
  openAtLogin: z.boolean(),
});
export type LoginItemState = z.infer<typeof LoginItemStateSchema>;

export const systemCalls = {
  'update:state': {
    request: z.object({}).strict(),
    response: UpdateStateSchema,
  },
  /** quits and installs the downloaded update; `restarting: false` when none is ready */
  'update:restart': {
    request: z.object({}).strict(),
    response: z.object({ restarting: z.boolean() }),
  },
  'system:loginItem': {
    request: z.object({}).strict(),
    response: LoginItemStateSchema,
  },
  /** start the app at login, or not; answers what the system now says */
  'system:setLoginItem': {
    request: z.object({ openAtLogin: z.boolean() }).strict(),
    response: LoginItemStateSchema,
  },
} as const;

export const systemEvents = {
  /** the update state changed (an update was downloaded and waits for a restart) */
  'update:state': UpdateStateSchema,
} as const;
