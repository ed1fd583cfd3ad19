/** The real main-side services with test adapters, as the harness and the demo run them. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerRegistry, Handlers } from '../../main/ipc/registry';
import { createCore, type Core } from '../../main/services/createCore';
import type { MainServiceOptions } from '../../main/services/mainServices';
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

const quietLogger = { error: (message: string) => console.error(message) };

/** The full core (services + registry) for tests that also need the services themselves. */
export function createTestCoreWithServices(adapters: ServiceAdapters = testAdapters(), options: MainServiceOptions = {}): Core {
  const core = createCore(adapters, quietLogger, options);
  core.services.start();
  return core;
}

/** The real handlers, some replaced: for tests of the IPC plumbing itself. */
export function testHandlers(overrides: Partial<Handlers> = {}, adapters: ServiceAdapters = testAdapters()): Handlers {
  return { ...createCore(adapters, quietLogger).services.handlers, ...overrides } as Handlers;
}

export async function createTestCore(adapters: ServiceAdapters = testAdapters()): Promise<HandlerRegistry> {
  return createCore(adapters, quietLogger).registry;
}
