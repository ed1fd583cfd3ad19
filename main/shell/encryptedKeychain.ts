/**
 * Secrets encrypted by the operating system's keychain (Electron safeStorage, async API) and
 * kept as ciphertext in one file. The encryptor is handed in, so this runs under test without
 * Electron. Refuses to store anything when Linux would only obfuscate ("basic_text" backend):
 * a password there would be as good as plain text.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeJsonFile } from '../platform/jsonFile';
import { failure } from '../../shared/failures/failure';
import type { Keychain } from '../platform/ports';

/** The subset of Electron's safeStorage this store uses. */
export interface AsyncEncryptor {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plain: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only; other platforms have no such function */
  getSelectedStorageBackend?: () => string;
}

const FileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });

export function createEncryptedKeychain(encryptor: AsyncEncryptor, file: string, platform: NodeJS.Platform): Keychain {
  async function ensureUsable(): Promise<void> {
    if (!(await encryptor.isAsyncEncryptionAvailable())) {
      throw failure('keychain-unavailable', 'The system keychain is not available, so Blindcopy cannot keep your password safely.');
    }
    if (platform === 'linux' && encryptor.getSelectedStorageBackend?.() === 'basic_text') {
      throw failure(
        'keychain-unavailable',
        'No system keychain was found (GNOME Keyring or KWallet). Blindcopy will not store your password without one.',
      );
    }
  }

  async function load(): Promise<Record<string, string>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    return FileSchema.parse(JSON.parse(text)).secrets;
  }

  /** Atomic: a crash leaves the old file or the new one, never half. */
  function save(secrets: Record<string, string>): Promise<void> {
    return writeJsonFile(file, { version: 1, secrets });
  }

  return {
    async set(key, secret) {
      await ensureUsable();
      const secrets = await load();
      secrets[key] = (await encryptor.encryptStringAsync(secret)).toString('base64');
      await save(secrets);
    },
    async get(key) {
      const stored = (await load())[key];
      if (stored === undefined) return undefined;
      await ensureUsable();
      const { result, shouldReEncrypt } = await encryptor.decryptStringAsync(Buffer.from(stored, 'base64'));
      if (shouldReEncrypt) {
        const secrets = await load();
        secrets[key] = (await encryptor.encryptStringAsync(result)).toString('base64');
        await save(secrets);
      }
      return result;
    },
    async delete(key) {
      const secrets = await load();
      if (!(key in secrets)) return;
      delete secrets[key];
      await save(secrets);
    },
  };
}
