/** The IPC handlers of updates and the login item (shared/ipc/calls/system.ts). */
import type { systemCalls } from '../../shared/ipc/calls/system';
import type { Handlers } from '../ipc/registry';
import type { SystemService } from '../system/systemService';

export type SystemHandlers = Pick<Handlers, keyof typeof systemCalls>;

export function createSystemHandlers(system: SystemService): SystemHandlers {
  return {
    'update:state': () => system.updates.state(),
    'update:restart': () => ({ restarting: system.updates.restart() }),
    'system:loginItem': () => system.loginItem.get(),
    'system:setLoginItem': (req) => system.loginItem.set(req.openAtLogin),
  };
}
