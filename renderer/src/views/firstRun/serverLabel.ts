/** "imap.example.com:993 (TLS)": a server in one line, for summaries. */
import type { TFunction } from 'i18next';
import type { ServerDraft } from '../common/account/serverDraft';

export function serverLabel(t: TFunction, server: ServerDraft): string {
  return t('firstRun.save.server', { host: server.host.trim(), port: server.port.trim(), security: t(`settings.server.tlsShort.${server.tls}`) });
}
