/** The real main-side services with test adapters, as the harness and the demo run them. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerRegistry, Handlers } from '../../main/ipc/registry';
import { createCore, type Core } from '../../main/services/createCore';
import type { MainServiceOptions, MainServices } from '../../main/services/mainServices';
import { systemClock, type Logger, type ServiceAdapters } from '../../main/platform/ports';
import { createMemoryKeychain } from './memoryKeychain';

export function testAdapters(overrides: Partial<ServiceAdapters> = {}): ServiceAdapters {
  return {
    secrets: createMemoryKeychain(),
    paths: { userData: mkdtempSync(join(tmpdir(), 'blindcopy-core-')) },
    clock: systemClock,
    appVersion: '0.1.0-test',
    transport: 'websocket',
    ...overrides,
  };
}

/** errors to the test's stderr, as JSON-free one-liners; the rest unsaid */
const quietLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: (event, fields) => console.error(event, fields ?? ''),
};

/** The full core (services + registry) for tests that also need the services themselves. */
export function createTestCoreWithServices(adapters: ServiceAdapters = testAdapters(), options: MainServiceOptions = {}, logger: Logger = quietLogger): Core {
  const core = createCore(adapters, logger, options);
  core.services.start();
  return core;
}

/** The real handlers, some replaced: for tests of the IPC plumbing itself. */
export function testHandlers(overrides: Partial<Handlers> = {}, adapters: ServiceAdapters = testAdapters(), logger: Logger = quietLogger): Handlers {
  return { ...createCore(adapters, logger).services.handlers, ...overrides } as Handlers;
}

/** The registry of a full core, with its services and a stop() that ends capture and outbox. */
export type TestCore = HandlerRegistry & { services: MainServices; stop(): Promise<void> };

export async function createTestCore(adapters: ServiceAdapters = testAdapters(), options: MainServiceOptions = {}, logger: Logger = quietLogger): Promise<TestCore> {
  const { registry, services } = createTestCoreWithServices(adapters, options, logger);
  return { ...registry, services, stop: () => services.stop() };
}
