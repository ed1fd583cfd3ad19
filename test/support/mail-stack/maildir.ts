/**
 * Puts messages straight into a user's INBOX Maildir, as files in `new/`, for tests that need
 * thousands of messages fast (LMTP delivers one session per message). Dovecot finds them at the
 * next SELECT and gives them UIDs then; the files belong to the mail user (nobody) as delivered
 * mail does, so Dovecot can move them to `cur/`.
 */
import { chown, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gidOf, uidOf } from './systemIds';

async function ownedDir(path: string, uid: number, gid: number): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chown(path, uid, gid);
}

/** `home` is the user's home (mail root / login name); writes `raws` in order, each in tmp/ then renamed into new/. */
export async function loadMaildir(home: string, raws: ReadonlyArray<string | Buffer>): Promise<void> {
  const uid = uidOf('nobody');
  const gid = gidOf('nogroup');
  const maildir = join(home, 'Maildir');
  await ownedDir(home, uid, gid);
  await ownedDir(maildir, uid, gid);
  for (const sub of ['cur', 'new', 'tmp']) await ownedDir(join(maildir, sub), uid, gid);
  const stamp = Math.floor(Date.now() / 1000);
  // Sequential names: Dovecot assigns UIDs in the order it lists new/, which may differ; nothing depends on it.
  for (const [i, raw] of raws.entries()) {
    const name = `${stamp}.M${i}P${process.pid}.blindcopy-test,S=${Buffer.byteLength(raw)}`;
    const temp = join(maildir, 'tmp', name);
    await writeFile(temp, raw);
    await chown(temp, uid, gid);
    await rename(temp, join(maildir, 'new', name));
  }
}
