/** The real main-side services with test adapters, as the harness and the demo run them. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlerRegistry, type HandlerRegistry, type Handlers } from '../../main/ipc/registry';
import { createHandlers } from '../../main/services/createHandlers';
import { systemClock, type ServiceAdapters } from '../../main/services/ports';
import { createMemorySecretStore } from './memorySecretStore';

export function testAdapters(overrides: Partial<ServiceAdapters> = {}): ServiceAdapters {
  return {
    secrets: createMemorySecretStore(),
    paths: { userData: mkdtempSync(join(tmpdir(), 'blindcopy-core-')) },
    clock: systemClock,
    appVersion: '0.1.0-test',
    transport: 'websocket',
    ...overrides,
  };
}

/** The real handlers, some replaced: for tests of the IPC plumbing itself. */
export function testHandlers(overrides: Partial<Handlers> = {}, adapters: ServiceAdapters = testAdapters()): Handlers {
  return { ...createHandlers(adapters), ...overrides } as Handlers;
}

export async function createTestCore(adapters: ServiceAdapters = testAdapters()): Promise<HandlerRegistry> {
  return createHandlerRegistry(createHandlers(adapters), { error: (message) => console.error(message) });
}
