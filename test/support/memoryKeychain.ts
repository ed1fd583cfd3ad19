/** A secret store for tests and the demo: in memory, gone at exit. */
import type { Keychain } from '../../main/platform/ports';

export function createMemoryKeychain(): Keychain {
  const secrets = new Map<string, string>();
  return {
    set: async (key, secret) => void secrets.set(key, secret),
    get: async (key) => secrets.get(key),
    delete: async (key) => void secrets.delete(key),
  };
}
