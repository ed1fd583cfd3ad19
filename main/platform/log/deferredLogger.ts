/**
 * A log port that can be used at once while its files are still being opened (pino-roll opens
 * them asynchronously, and the shell must register its first event handlers synchronously: a
 * link that starts the app arrives early). Lines wait in order and are written once it is open.
 */
import type { Logger } from '../ports';

type Call = { [L in keyof Logger]: [L, ...Parameters<Logger[L]>] }[keyof Logger];

export function createDeferredLogger(opening: Promise<Logger>): Logger {
  let ready: Logger | undefined;
  const waiting: Call[] = [];
  void opening.then((logger) => {
    ready = logger;
    for (const call of waiting.splice(0)) write(logger, call);
  });
  const write = (logger: Logger, [level, event, fields, error]: Call) => {
    if (level === 'info') logger.info(event, fields);
    else logger[level](event, fields, error);
  };
  const call = (c: Call) => (ready ? write(ready, c) : void waiting.push(c));
  return {
    info: (event, fields) => call(['info', event, fields]),
    warn: (event, fields, error) => call(['warn', event, fields, error]),
    error: (event, fields, error) => call(['error', event, fields, error]),
  };
}
