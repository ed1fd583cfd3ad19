/** R8.3 waiting for devices to agree: nothing left to upload anywhere, and the same CRM (crmDump.ts) on each. */
import type { Device } from '../../support/browser/devices/appInstances';
import type { Dump } from '../../support/browser/devices/pageDump';
import { waitFor } from '../../support/browser/devices/waitFor';
import { crmDump } from './crmDump';

/** this device's operations not uploaded yet */
export const pendingOps = (dump: Dump): number => (dump.replicaOps ?? []).filter((r) => r.sent === 0).length;

function differingTables(dumps: readonly Dump[]): string[] {
  const [first, ...rest] = dumps;
  if (!first) return [];
  const tables = new Set(dumps.flatMap((d) => Object.keys(d)));
  return [...tables].filter((t) => rest.some((d) => JSON.stringify(d[t]) !== JSON.stringify(first[t])));
}

/**
 * Waits until no device has operations pending and all hold the same CRM, device-local fields
 * aside; answers their CRM dumps (in the order given) then.
 */
export async function converged(devices: readonly Device[], timeoutMs = 30_000): Promise<Dump[]> {
  const pending = (dumps: readonly Dump[]): boolean => dumps.some((d) => 'replicaOps' in d);
  return waitFor(
    async (): Promise<Dump[]> => {
      const raw = await Promise.all(devices.map((d) => d.dump()));
      if (raw.some((d) => pendingOps(d) > 0)) return raw;
      return Promise.all(devices.map(crmDump));
    },
    (dumps) => !pending(dumps) && differingTables(dumps).length === 0,
    {
      timeoutMs,
      what: `${devices.map((d) => d.name).join(', ')} converged`,
      describe: (dumps) => {
        if (pending(dumps)) return 'operations still pending';
        const tables = differingTables(dumps);
        const first = tables[0] ?? '';
        return `tables differ: ${tables.join(', ')}; ${first}: ${dumps.map((d) => JSON.stringify(d[first]).slice(0, 1_500)).join(' / ')}`;
      },
    },
  );
}
