/**
 * blindcopy:// links from the operating system, held until a window takes them (R6.2). Whoever
 * made the link chose its length and shape: each is cut to one character over the longest link
 * the app reads (so the renderer still sees it is too long and says so), and only the newest few
 * are held, so neither the IPC contract's limits nor main's memory can be overrun by a link.
 * Reading a link's meaning is the renderer's (shared/rules/deepLink.ts), which asks the user.
 */
import { MAX_DEEP_LINK_LENGTH } from '../../shared/rules/deepLink';

export const MAX_HELD_DEEP_LINKS = 10;

export interface DeepLinkInbox {
  receive(url: string): void;
  take(): string[];
}

export function createDeepLinkInbox(announce: (url: string) => void): DeepLinkInbox {
  const held: string[] = [];
  return {
    receive(url) {
      const kept = String(url).slice(0, MAX_DEEP_LINK_LENGTH + 1);
      held.push(kept);
      if (held.length > MAX_HELD_DEEP_LINKS) held.splice(0, held.length - MAX_HELD_DEEP_LINKS);
      announce(kept);
    },
    take: () => held.splice(0, held.length),
  };
}
