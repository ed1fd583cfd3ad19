import { describe, expect, it } from 'vitest';
import { duplicateVerdict, type StoredMessageKey } from '../../../shared/rules/duplicates';
import { messageTombstone, threadTombstone, tombstonedBy } from '../../../shared/rules/tombstones';
import { T0 } from './builders';

const src = (sourceId: string, uid: number, uidValidity = 7) => ({ sourceId, uidValidity, uid });

describe('R3.6 de-duplication', () => {
  const storedFromDropbox: StoredMessageKey = { messageId: 'a@x', source: src('dropbox', 10), sourceKind: 'dropbox' };
  const storedFromSync: StoredMessageKey = { messageId: 'a@x', source: src('sent', 3), sourceKind: 'sync' };

  it.each([
    ['nothing found: new', { messageId: 'a@x', source: src('dropbox', 10), sourceKind: 'dropbox' as const }, [], { kind: 'new' }],
    [
      'same Message-ID via sync after the drop box: stored once',
      { messageId: '<a@x>', source: src('sent', 3), sourceKind: 'sync' as const },
      [storedFromDropbox],
      { kind: 'duplicate', by: 'message-id', upgradeToCaptured: false },
    ],
    [
      'same source copy delivered again (crash, re-fetch)',
      { messageId: 'a@x', source: src('dropbox', 10), sourceKind: 'dropbox' as const },
      [storedFromDropbox],
      { kind: 'duplicate', by: 'source', upgradeToCaptured: false },
    ],
    [
      'same source but synthesized id differs: still the same copy',
      { messageId: 'synth-123', source: src('dropbox', 10), sourceKind: 'dropbox' as const },
      [storedFromDropbox],
      { kind: 'duplicate', by: 'source', upgradeToCaptured: false },
    ],
    [
      'same UID under a new UIDVALIDITY and another id: new',
      { messageId: 'b@x', source: src('dropbox', 10, 8), sourceKind: 'dropbox' as const },
      [storedFromDropbox],
      { kind: 'new' },
    ],
    [
      'BCC copy of a message first found by sync: stored once, but captured rules run',
      { messageId: 'a@x', source: src('dropbox', 11), sourceKind: 'dropbox' as const },
      [storedFromSync],
      { kind: 'duplicate', by: 'message-id', upgradeToCaptured: true },
    ],
  ])('R3.6 %s', (_case, message, stored, verdict) => {
    expect(duplicateVerdict(message, stored)).toEqual(verdict);
  });

  it('R4.9 forwarding a thread again makes a new message (new Message-ID): not a duplicate', () => {
    expect(duplicateVerdict({ messageId: 'fwd-copy@x', source: src('dropbox', 12), sourceKind: 'dropbox' }, [])).toEqual({ kind: 'new' });
  });
});

describe('R3.7 tombstones', () => {
  const deletedMessage = messageTombstone('tomb-1', '<gone@x>', T0);
  const deletedThread = threadTombstone('tomb-2', { refIds: ['a@x', 'b@y', 'parent@x'] }, T0);

  it('R3.7 tombstones keep the ids that must not come back', () => {
    expect(deletedMessage).toEqual({ id: 'tomb-1', kind: 'message', ids: ['gone@x'], deletedAt: T0 });
    expect(deletedThread).toEqual({ id: 'tomb-2', kind: 'thread', ids: ['a@x', 'b@y', 'parent@x'], deletedAt: T0 });
  });

  it.each([
    ['a deleted message synced again', 'gone@x', 'message'],
    ['a message of a deleted thread synced again', 'b@y', 'thread'],
    ['the late parent a deleted thread referenced', 'parent@x', 'thread'],
    ['unrelated mail', 'new@x', undefined],
  ])('R3.7 %s', (_case, messageId, kind) => {
    expect(tombstonedBy({ messageId }, [deletedMessage, deletedThread])).toBe(kind);
  });

  it('R3.7 a new reply to a deleted thread is new mail, not a ghost of the old one', () => {
    expect(tombstonedBy({ messageId: 'reply@z' }, [deletedThread])).toBeUndefined();
  });
});
