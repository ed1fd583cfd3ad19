/** The words for a failed connection test: a title and what to do, per failure code. */
import type { TFunction } from 'i18next';
import type { ConnectionFailureCode } from '../../../../../shared/ipc/connection';

export interface FailureText {
  title: string;
  advice: string;
}

export function failureText(t: TFunction, code: ConnectionFailureCode, where: { host: string; port: string; mailbox?: string }): FailureText {
  const params = { host: where.host.trim(), port: where.port.trim(), mailbox: where.mailbox ?? '' };
  return {
    title: t(`settings.connection.failure.${code}.title`, params),
    advice: t(`settings.connection.failure.${code}.advice`, params),
  };
}
