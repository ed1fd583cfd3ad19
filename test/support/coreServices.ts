/** The real main-side services with test adapters, as the harness and the demo run them. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlerRegistry, type HandlerRegistry } from '../../main/ipc/registry';
import { createHandlers } from '../../main/services/createHandlers';
import { systemClock } from '../../main/services/ports';
import { createMemorySecretStore } from './memorySecretStore';

export async function createTestCore(): Promise<HandlerRegistry> {
  const userData = await mkdtemp(join(tmpdir(), 'blindcopy-core-'));
  return createHandlerRegistry(
    createHandlers({
      secrets: createMemorySecretStore(),
      paths: { userData },
      clock: systemClock,
      appVersion: '0.1.0-test',
      transport: 'websocket',
    }),
    { error: (message) => console.error(message) },
  );
}
