import { readFileSync } from 'node:fs';

// Dovecot resolves `nobody`/`nogroup` by name itself, but we must chown the mail root and the
// passdb dir before it starts, and Node has no getpwnam, so read the databases directly.
function lookupId(file: string, name: string): number | undefined {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const fields = line.split(':');
    if (fields[0] === name && fields[2] !== undefined) return Number(fields[2]);
  }
  return undefined;
}

export function uidOf(user: string): number {
  const uid = lookupId('/etc/passwd', user);
  if (uid === undefined) throw new Error(`mail-stack: no user "${user}" in /etc/passwd`);
  return uid;
}

export function gidOf(group: string): number {
  const gid = lookupId('/etc/group', group);
  if (gid === undefined) throw new Error(`mail-stack: no group "${group}" in /etc/group`);
  return gid;
}
