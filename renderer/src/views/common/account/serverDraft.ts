/**
 * One server as the user edits it: every field a string, so half-typed input is kept as typed.
 * Turned into the shared ServerSettings / ServerLogin only when it is complete and valid.
 */
import type { DiscoveredServer } from '../../../../../shared/ipc/discovery';
import { ServerSettingsSchema, type ServerLogin, type ServerSettings, type TlsMode } from '../../../../../shared/settings/account';

export type ServerKind = 'imap' | 'smtp';
export type PinnedCertificate = NonNullable<ServerSettings['pinnedCertificate']>;

export interface ServerDraft {
  host: string;
  port: string;
  tls: TlsMode;
  user: string;
  /** what the user typed; never filled in from storage */
  password: string;
  pinnedCertificate?: PinnedCertificate;
}

export const DEFAULT_PORTS: Record<ServerKind, Record<TlsMode, number>> = {
  imap: { implicit: 993, starttls: 143 },
  smtp: { implicit: 465, starttls: 587 },
};

export function emptyServer(kind: ServerKind, user = ''): ServerDraft {
  const tls: TlsMode = kind === 'imap' ? 'implicit' : 'starttls';
  return { host: '', port: String(DEFAULT_PORTS[kind][tls]), tls, user, password: '' };
}

export function draftOf(server: ServerSettings | DiscoveredServer): ServerDraft {
  const pinned = 'pinnedCertificate' in server ? server.pinnedCertificate : undefined;
  return { host: server.host, port: String(server.port), tls: server.tls, user: server.user, password: '', ...(pinned ? { pinnedCertificate: pinned } : {}) };
}

/**
 * Applies an edit. A trusted certificate belongs to one server: a new host or port drops it.
 * Switching the security mode moves a default port to the other mode's default.
 */
export function updateServer(kind: ServerKind, draft: ServerDraft, patch: Partial<ServerDraft>): ServerDraft {
  const next: ServerDraft = { ...draft, ...patch };
  if (patch.tls && patch.tls !== draft.tls && patch.port === undefined && draft.port === String(DEFAULT_PORTS[kind][draft.tls])) {
    next.port = String(DEFAULT_PORTS[kind][patch.tls]);
  }
  if (next.host.trim() !== draft.host.trim() || next.port.trim() !== draft.port.trim()) delete next.pinnedCertificate;
  return next;
}

export type ServerProblem = 'host-missing' | 'host-invalid' | 'port-invalid' | 'user-missing';
export interface ServerProblems {
  host?: ServerProblem;
  port?: ServerProblem;
  user?: ServerProblem;
}

export function serverProblems(draft: ServerDraft): ServerProblems {
  const problems: ServerProblems = {};
  const host = draft.host.trim();
  if (!host) problems.host = 'host-missing';
  else if (!ServerSettingsSchema.shape.host.safeParse(host).success) problems.host = 'host-invalid';
  const port = Number(draft.port.trim());
  if (!/^\d+$/.test(draft.port.trim()) || port < 1 || port > 65535) problems.port = 'port-invalid';
  if (!draft.user.trim()) problems.user = 'user-missing';
  return problems;
}

export function isServerComplete(draft: ServerDraft): boolean {
  return Object.keys(serverProblems(draft)).length === 0;
}

/** The settings to store; undefined while the draft is incomplete. */
export function settingsOf(draft: ServerDraft): ServerSettings | undefined {
  const parsed = ServerSettingsSchema.safeParse({
    host: draft.host.trim(),
    port: Number(draft.port.trim()),
    tls: draft.tls,
    user: draft.user.trim(),
    ...(draft.pinnedCertificate ? { pinnedCertificate: draft.pinnedCertificate } : {}),
  });
  return parsed.success ? parsed.data : undefined;
}

/** The login to test with; undefined while incomplete or without a password. */
export function loginOf(draft: ServerDraft, password = draft.password): ServerLogin | undefined {
  const settings = settingsOf(draft);
  return settings && password ? { ...settings, password } : undefined;
}

/** Host, port, security and user: what a connection test result is valid for. */
export function endpointKey(draft: ServerDraft): string {
  return [draft.host.trim().toLowerCase(), draft.port.trim(), draft.tls, draft.user.trim(), draft.pinnedCertificate?.sha256 ?? ''].join('|');
}
