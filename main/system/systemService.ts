/** The app's place on the desktop, assembled from the shell's ports: updates and the login item. */
import type { UpdateState } from '../../shared/ipc/calls/system';
import type { Logger } from '../platform/ports';
import type { SystemPorts } from '../platform/systemPorts';
import { createLoginItemSetting, type LoginItemSetting } from './loginItemSetting';
import { createUpdateScheduler, type UpdateScheduler } from './updateScheduler';

export interface SystemService {
  updates: UpdateScheduler;
  loginItem: LoginItemSetting;
}

export function createSystemService(ports: SystemPorts | undefined, logger: Logger, onUpdateState: (state: UpdateState) => void): SystemService {
  return {
    updates: createUpdateScheduler({ updater: ports?.updater, logger, onState: onUpdateState }),
    loginItem: createLoginItemSetting(ports?.loginItem),
  };
}
