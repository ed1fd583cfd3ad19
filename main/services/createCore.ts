/** The app core: main's services behind the IPC registry, with events wired to it. */
import { createHandlerRegistry, type HandlerRegistry, type Logger } from '../ipc/registry';
import { createMainServices, type MainServiceOptions, type MainServices } from './mainServices';
import type { ServiceAdapters } from '../platform/ports';

export interface Core {
  registry: HandlerRegistry;
  services: MainServices;
}

export function createCore(adapters: ServiceAdapters, logger: Logger, options: MainServiceOptions = {}): Core {
  const services = createMainServices(adapters, logger, options);
  const registry = createHandlerRegistry(services.handlers, logger);
  services.bindEmit(
    (event, payload) => registry.emit(event, payload),
    (event, payload) => registry.emitChecked(event, payload),
  );
  return { registry, services };
}
