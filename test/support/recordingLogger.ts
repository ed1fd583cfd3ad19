/** main's log port for tests that look at what was logged: each line as event, fields and level. */
import type { LogEvent, LogFields } from '../../main/platform/log/logFields';
import type { Logger } from '../../main/platform/ports';

export interface LoggedLine {
  level: 'info' | 'warn' | 'error';
  event: LogEvent;
  fields?: LogFields | undefined;
  error?: unknown;
}

export function recordingLogger(): { logger: Logger; lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine['level']) =>
    (event: LogEvent, fields?: LogFields, error?: unknown): void => {
      lines.push({ level, event, fields, error });
    };
  return { logger: { info: at('info'), warn: at('warn'), error: at('error') }, lines };
}
