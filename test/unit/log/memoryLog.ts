/** main's real pino logger writing into memory, for tests that read what would reach the files. */
import { createPinoLogger } from '../../../main/platform/log/pinoLogger';
import type { Logger } from '../../../main/platform/ports';

export function memoryLogger(): { logger: Logger; text(): string; lines(): Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = createPinoLogger({ write: (s: string) => void chunks.push(s) });
  return {
    logger,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
