/**
 * R3.4: the authserv-id as typed in Settings, checked before it is saved: a host-like name, as
 * servers write it first in Authentication-Results (no spaces, quotes or backslashes; at most
 * 253 characters, the account file's bound). Empty means "none": results are not used.
 */
export function authservIdProblem(typed: string): 'invalid' | undefined {
  const id = typed.trim();
  return id === '' || /^[^\s"\\]{1,253}$/u.test(id) ? undefined : 'invalid';
}

/** What is saved: lower-case (authserv-ids compare case-insensitively), undefined for none. */
export function authservIdToSave(typed: string): string | undefined {
  const id = typed.trim().toLowerCase();
  return id === '' ? undefined : id;
}
