/**
 * "Copy diagnostics" (Help menu): what support needs to understand a problem, as plain text the
 * user can read before pasting it anywhere. Pure: the shell gathers the inputs and puts the text
 * on the clipboard.
 *
 * The settings are copied field by field from a list of what is safe (allowlist), never the
 * settings object itself: a password, a token or any field added later cannot slip in, and no
 * address appears either (the account and the drop box show their domains only). The recent
 * problems are the log's own lines, redacted when they were written and scrubbed again here.
 */
import type { NotificationSettings } from '../../shared/ipc/calls/notifications';
import type { ServerSettings } from '../../shared/settings/account';
import type { AccountView } from '../../shared/settings/accountConfig';
import { isLogHost } from '../platform/log/logFields';
import { scrubText } from '../platform/log/scrub';

export interface DiagnosticsVersions {
  app: string;
  electron?: string;
  chrome?: string;
  node: string;
  /** e.g. "Linux 6.8.0 (x64)" */
  os: string;
}

export interface DiagnosticsInput {
  now: number;
  versions: DiagnosticsVersions;
  account: AccountView | undefined;
  notifications: NotificationSettings | undefined;
  /** JSON lines of the log (warnings and errors), oldest first */
  recentProblems: readonly string[];
}

function domainOf(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return isLogHost(domain) ? domain : '(not a domain)';
}

function host(value: string): string {
  return isLogHost(value) ? value : '(not a host name)';
}

function serverLine(server: ServerSettings, password: boolean): string {
  const tls = server.tls === 'implicit' ? 'TLS' : 'STARTTLS';
  const pinned = server.pinnedCertificate ? ', pinned certificate' : '';
  return `${host(server.host)}:${server.port} ${tls}${pinned}, password ${password ? 'stored' : 'missing'}`;
}

function accountLines(view: AccountView | undefined): string[] {
  const cfg = view?.config;
  if (!view || !cfg) return ['  account: not set up'];
  const has = view.hasPassword;
  const dropbox = cfg.dropbox.mode === 'login' ? `separate login, ${serverLine(cfg.dropbox.server, has.dropbox)}` : 'a folder of the account';
  const sync = cfg.sync.enabled ? `on, ${cfg.sync.folders === 'all' ? 'all folders' : `${cfg.sync.folders.length} folder(s)`}, ${cfg.sync.sinceDays} days back` : 'off';
  return [
    `  account domain: ${domainOf(cfg.email)}`,
    `  IMAP: ${serverLine(cfg.imap, has.imap)}`,
    `  SMTP: ${serverLine(cfg.smtp, has.smtp)}`,
    `  drop box: ${dropbox}`,
    `  company BCC domain: ${domainOf(cfg.companyBcc.address)}, ${cfg.companyBcc.aliases.length} older address(es)`,
    `  authserv-id: ${cfg.authservId === undefined ? 'not learned yet' : host(cfg.authservId)}`,
    `  sync of own folders: ${sync}`,
    `  automatic BCC: ${cfg.autoBcc}`,
    `  copy on the mail server: ${cfg.replication.enabled ? 'on' : 'off'}`,
  ];
}

const FIELD_ORDER = ['code', 'call', 'kind', 'id', 'host', 'count', 'count2', 'durationMs', 'attempt'] as const;

/** one log line, for a person to read; a line that is not ours shows as such */
export function problemLine(line: string): string {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(line) as Record<string, unknown>;
  } catch {
    // handled: a torn line (the app stopped mid-write) says only that
    return '  (an unreadable line)';
  }
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const fields = FIELD_ORDER.filter((k) => parsed[k] !== undefined).map((k) => `${k}=${str(parsed[k])}`);
  const error = parsed.error as { name?: unknown; code?: unknown; message?: unknown } | undefined;
  const errorText = error ? ` — ${str(error.name)}${error.code === undefined ? '' : ` [${str(error.code)}]`}: ${str(error.message)}` : '';
  return scrubText(`  ${str(parsed.time)} ${str(parsed.level)} ${str(parsed.msg)} ${fields.join(' ')}`.replace(/\s+$/, '') + errorText, 700);
}

export function diagnosticsText(input: DiagnosticsInput): string {
  const v = input.versions;
  const n = input.notifications;
  const lines = [
    `Blindcopy diagnostics, ${new Date(input.now).toISOString()}`,
    '',
    'Versions',
    `  Blindcopy ${v.app}`,
    `  Electron ${v.electron ?? '(none)'}, Chrome ${v.chrome ?? '(none)'}, Node ${v.node}`,
    `  ${v.os}`,
    '',
    'Settings (no addresses, no passwords)',
    ...accountLines(input.account),
    `  notifications: rejected mail ${n?.rejected === false ? 'off' : 'on'}, sending failed ${n?.sendFailed === false ? 'off' : 'on'}, sync stopped ${n?.sourceStopped === false ? 'off' : 'on'}`,
    '',
    `Recent problems (newest last): ${input.recentProblems.length}`,
    ...input.recentProblems.map(problemLine),
  ];
  return `${lines.join('\n')}\n`;
}
