/**
 * The set-up of a multi-device end-to-end file: a real mail stack with Sam (the account) and crm
 * (the drop box), and app instances on Sam's account (appInstances.ts), started in beforeAll and
 * closed in afterAll. A file reads
 *   `const { stack, sam, crm, devices } = useDevices({ names: ['A', 'B'] });`
 * and, in a test, `const a = devices.device('A')` or `await devices.add({ name: 'C' })`.
 * The objects are filled in place by beforeAll (see appWithAccount.ts's fillInPlace).
 */
import { afterAll, beforeAll } from 'vitest';
import { startMailStack, type MailStack, type StackUser } from '../../mail-stack';
import { fillInPlace } from '../appWithAccount';
import { createDeviceSet, type DeviceOptions, type DeviceSet } from './appInstances';
import type { DeviceServices } from './deviceProtocol';

export interface DevicesOnAccount {
  stack: MailStack;
  sam: StackUser;
  crm: StackUser;
  devices: DeviceSet;
}

export interface UseDevicesOptions {
  /** the instances beforeAll starts, in order (one at a time); default none */
  start?: readonly DeviceOptions[];
  /** runs once the users exist, before any instance starts (e.g. mail already waiting in the drop box) */
  beforeStart?: (parts: Omit<DevicesOnAccount, 'devices'>) => Promise<void>;
  /** the cores' tuning (see DeviceSetOptions.services) */
  services?: DeviceServices;
  /** beforeAll's time limit, when the set-up does more than the project's hook timeout allows */
  timeoutMs?: number;
}

export function useDevices(options: UseDevicesOptions = {}): DevicesOnAccount {
  const parts: DevicesOnAccount = { stack: {} as MailStack, sam: {} as StackUser, crm: {} as StackUser, devices: {} as DeviceSet };
  let stack: MailStack | undefined;
  let devices: DeviceSet | undefined;

  beforeAll(async () => {
    stack = await startMailStack();
    const sam = await stack.createUser('sam');
    const crm = await stack.createUser('crm');
    fillInPlace(parts.stack, stack);
    fillInPlace(parts.sam, sam);
    fillInPlace(parts.crm, crm);
    await options.beforeStart?.({ stack, sam, crm });
    devices = createDeviceSet({ stack, user: sam, dropbox: crm, ...(options.services ? { services: options.services } : {}) });
    fillInPlace(parts.devices, devices);
    for (const device of options.start ?? []) await devices.add(device);
  }, options.timeoutMs);

  afterAll(async () => {
    await devices?.close();
    await stack?.stop();
  });

  return parts;
}
