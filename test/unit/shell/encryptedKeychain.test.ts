/**
 * The secret store with a stand-in for Electron's safeStorage (the one part that needs the
 * Electron binary). The stand-in really transforms the bytes, so the test can see that the
 * file never holds the plain secret.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncryptedKeychain, type AsyncEncryptor } from '../../../main/shell/encryptedKeychain';
import { Failure } from '../../../shared/failures/failure';

function fakeSafeStorage(backend: string, available = true, rotate = false): AsyncEncryptor & { encrypted: number } {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  const enc = {
    encrypted: 0,
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (s: string) => {
      enc.encrypted += 1;
      return xor(Buffer.from(`v10${s}`));
    },
    decryptStringAsync: async (b: Buffer) => ({ result: xor(b).toString().slice(3), shouldReEncrypt: rotate }),
    getSelectedStorageBackend: () => backend,
  };
  return enc;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bc-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('R8.2 encrypted secret store', () => {
  it('stores and reads back a secret, never as plain text on disk', async () => {
    const file = join(dir, 'secrets.json');
    const store = createEncryptedKeychain(fakeSafeStorage('gnome_libsecret'), file, 'linux');
    await store.set('imap:alice', 'correct horse battery staple');
    expect(await store.get('imap:alice')).toBe('correct horse battery staple');
    expect(await readFile(file, 'utf8')).not.toContain('correct horse');
    await store.delete('imap:alice');
    expect(await store.get('imap:alice')).toBeUndefined();
  });

  it('refuses to store a secret when Linux offers only the basic_text backend', async () => {
    const store = createEncryptedKeychain(fakeSafeStorage('basic_text'), join(dir, 's.json'), 'linux');
    await expect(store.set('imap:alice', 'pw')).rejects.toBeInstanceOf(Failure);
    await expect(store.set('imap:alice', 'pw')).rejects.toMatchObject({ code: 'keychain-unavailable' });
    await expect(store.set('imap:alice', 'pw')).rejects.toThrow(/keychain/);
  });

  it('refuses when no encryption is available at all', async () => {
    const store = createEncryptedKeychain(fakeSafeStorage('kwallet5', false), join(dir, 's.json'), 'linux');
    await expect(store.set('k', 'pw')).rejects.toBeInstanceOf(Failure);
    await expect(store.set('k', 'pw')).rejects.toMatchObject({ code: 'keychain-unavailable' });
  });

  it('does not ask Linux questions on other platforms', async () => {
    const store = createEncryptedKeychain(fakeSafeStorage('basic_text'), join(dir, 's.json'), 'darwin');
    await store.set('k', 'pw');
    expect(await store.get('k')).toBe('pw');
  });

  it('re-encrypts when the keychain says the key rotated', async () => {
    const enc = fakeSafeStorage('gnome_libsecret', true, true);
    const store = createEncryptedKeychain(enc, join(dir, 's.json'), 'linux');
    await store.set('k', 'pw');
    expect(enc.encrypted).toBe(1);
    expect(await store.get('k')).toBe('pw');
    expect(enc.encrypted).toBe(2);
  });
});
