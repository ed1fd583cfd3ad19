import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chown, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StackUser {
  /** Mail address, also the IMAP/SMTP login name. */
  address: string;
  /** Login name (same as address; kept separate so callers say which one they mean). */
  user: string;
  password: string;
}

/**
 * The stack's users, held in memory for the SMTP server and written for Dovecot as one JSON file
 * per user, read through a `dict` passdb on `fs:posix`.
 *
 * Why not a passwd-file: Dovecot 2.3 does reread a changed passwd-file, but stats it at most
 * once per second (`last_sync_time == ioloop_time` in db-passwd-file.c), so a user created in the
 * same second as any earlier login stays unknown for up to a second. The dict reads the user's
 * file on every lookup, so a new user can log in at once, and a missing file is a plain
 * "unknown user" (a per-user passwd-file path would turn that into a temporary failure).
 */
export class UserDirectory {
  private readonly users = new Map<string, StackUser>();
  private readonly passdbDir: string;
  private dovecotUid = 0;
  readonly domain: string;

  constructor(passdbDir: string, domain: string) {
    this.passdbDir = passdbDir;
    this.domain = domain.toLowerCase();
  }

  /** Creates the passdb dir, readable only by Dovecot's auth process (runs as `dovecot`). */
  async init(dovecotUid: number): Promise<void> {
    this.dovecotUid = dovecotUid;
    await mkdir(this.passdbDir, { mode: 0o700 });
    await chown(this.passdbDir, dovecotUid, 0);
  }

  async create(nameOrAddress: string, password?: string): Promise<StackUser> {
    const address = (nameOrAddress.includes('@') ? nameOrAddress : `${nameOrAddress}@${this.domain}`).toLowerCase();
    // The address becomes a file name, and '+' is the detail delimiter, so keep it simple.
    if (!/^[a-z0-9._-]+@[a-z0-9.-]+$/.test(address) || address.startsWith('.')) {
      throw new Error(`mail-stack: unsupported address "${address}"`);
    }
    if (this.users.has(address)) throw new Error(`mail-stack: user ${address} exists already`);
    const user: StackUser = { address, user: address, password: password ?? randomBytes(12).toString('base64url') };
    this.users.set(address, user);
    await this.writePassdb(user);
    return user;
  }

  /** Changes a user's password, as an administrator would: the next login must use the new one. */
  async setPassword(address: string, password: string): Promise<void> {
    const user = this.users.get(address.toLowerCase());
    if (user === undefined) throw new Error(`mail-stack: no user ${address}`);
    user.password = password;
    await this.writePassdb(user);
  }

  /** Write then rename, so the auth process never reads a half-written file. */
  private async writePassdb(user: StackUser): Promise<void> {
    const file = join(this.passdbDir, user.address);
    const temp = join(this.passdbDir, `.${user.address}.${randomBytes(4).toString('hex')}`);
    await writeFile(temp, JSON.stringify({ password: `{PLAIN}${user.password}` }), { mode: 0o600 });
    await chown(temp, this.dovecotUid, 0);
    await rename(temp, file);
  }

  /** The user a (possibly +detail) address belongs to. */
  find(address: string): StackUser | undefined {
    const [local = '', domain = ''] = address.toLowerCase().split('@');
    const base = local.split('+')[0] ?? '';
    return this.users.get(`${base}@${domain}`);
  }

  isLocal(address: string): boolean {
    return address.toLowerCase().endsWith(`@${this.domain}`);
  }

  verify(username: string, password: string): StackUser | undefined {
    const user = this.users.get(username.toLowerCase());
    if (user === undefined) return undefined;
    const given = Buffer.from(password);
    const expected = Buffer.from(user.password);
    return given.length === expected.length && timingSafeEqual(given, expected) ? user : undefined;
  }
}
