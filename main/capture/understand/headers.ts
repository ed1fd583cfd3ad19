/**
 * Reading headers out of mailparser's result without trusting its shapes: raw header lines become
 * `HeaderField`s (name lower-cased, value unfolded), and address values become validated,
 * lower-cased `Mailbox`es. mailparser's types describe what it means to return; these helpers
 * check what it did return, because the input is arbitrary mail.
 */
import { parseAddressHeader, type HeaderLines } from 'mailparser';
import type { Mailbox } from '../../../shared/domain/mail';
import { distinctMailboxes, toMailbox } from '../../../shared/rules/capture/mailbox';
import type { HeaderField } from '../../../shared/rules/capture/trustedResults';

/** Header lines in message order, as the authentication rules read them. */
export function headerFields(lines: HeaderLines | undefined): HeaderField[] {
  if (!Array.isArray(lines)) return [];
  const fields: HeaderField[] = [];
  for (const entry of lines as readonly unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { key, line } = entry as { key?: unknown; line?: unknown };
    if (typeof key !== 'string' || typeof line !== 'string') continue;
    const colon = line.indexOf(':');
    const value = colon < 0 ? '' : line.slice(colon + 1);
    fields.push({ key: key.trim().toLowerCase(), value: value.replace(/\r?\n(?=[ \t])/gu, '').trim() });
  }
  return fields;
}

export function headerValue(fields: readonly HeaderField[], key: string): string | undefined {
  return fields.find((f) => f.key === key)?.value;
}

export function headerValues(fields: readonly HeaderField[], key: string): string[] {
  return fields.filter((f) => f.key === key).map((f) => f.value);
}

/** Mailboxes of a parsed address header (one object, several, or groups), invalid ones dropped. */
export function mailboxesOf(value: unknown): Mailbox[] {
  const found: Mailbox[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) visit(item, depth + 1);
      return;
    }
    const { value: list, address, name, group } = node as { value?: unknown; address?: unknown; name?: unknown; group?: unknown };
    if (Array.isArray(list)) visit(list, depth + 1); // an AddressObject
    if (Array.isArray(group)) visit(group, depth + 1); // a group's members
    if (address !== undefined) {
      const mailbox = toMailbox(address, name);
      if (mailbox !== undefined) found.push(mailbox);
    }
  };
  visit(value, 0);
  return distinctMailboxes(found);
}

/** Addresses of raw address-header values, e.g. every Delivered-To line. */
export function addressesOfRaw(values: readonly string[]): string[] {
  if (values.length === 0) return [];
  return mailboxesOf(parseAddressHeader([...values], { flatten: true })).map((m) => m.address);
}
