/**
 * Translation keys are checked at compile time (renderer/src/i18n/keys.ts): t() accepts only keys
 * that exist. The `@ts-expect-error` lines below are the proof: were a wrong key accepted, the
 * directive would be unused and `tsc -b` would fail. The keys made from an item's status at run
 * time (statusKey, closedKey) are checked here against every status of every kind.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../../renderer/src/i18n/keys';
import type { MessageKey } from '../../../renderer/src/i18n/keys';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { closedKey, isOpen, STATUSES, statusKey } from '../../../renderer/src/views/items/kinds';
import type { ItemKind } from '../../../shared/domain/crm';

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalog.en);
}

describe('R10.3 translation keys', () => {
  it('t() accepts only keys that exist (checked by tsc)', () => {
    const known: MessageKey = 'shell.nav.inbox';
    // @ts-expect-error: no such key
    const unknown: MessageKey = 'shell.nav.nowhere';
    // @ts-expect-error: no such key, through i18next's own t()
    const typed = () => i18next.t('items.noSuchKey');
    expect([known, unknown, typeof typed]).toEqual(['shell.nav.inbox', 'shell.nav.nowhere', 'function']);
  });

  it.each(Object.keys(STATUSES) as ItemKind[])('every %s status has a label, and every closed one a notice', (kind) => {
    for (const status of STATUSES[kind]) {
      expect(typeof lookup(statusKey(kind, status))).toBe('string');
      if (!isOpen({ status })) expect(typeof lookup(closedKey(kind, status))).toBe('string');
    }
  });
});
