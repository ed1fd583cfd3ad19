/**
 * The outbox's entries in memory and their index on disk (R2.6): which entry is due next, which
 * are held (in flight, or being edited or removed), and every change written (fsynced) before
 * the UI hears of it. It knows nothing of SMTP or IMAP: outboxSending.ts works on one entry.
 */
import { failure } from '../../shared/failures/failure';
import type { OutboxEntryView } from '../../shared/rules/send/outboxEntry';
import type { Clock } from '../platform/ports';
import type { OutboxFiles } from './outboxFiles';
import type { OutboxRecord } from './outboxSchema';
import { toView } from './outboxView';

export type OutboxEvent = { kind: 'changed'; entry: OutboxEntryView } | { kind: 'removed'; id: string };

/** When an entry wants the worker: queued (to send) or sent with its Sent copy pending. */
export function dueAt(entry: OutboxRecord): number | undefined {
  if (entry.state === 'queued') return entry.nextAttemptAt ?? entry.createdAt;
  if (entry.state === 'sent' && entry.sentCopy === 'pending') return entry.sentCopyAttempt?.nextAttemptAt ?? entry.updatedAt;
  return undefined;
}

export class OutboxQueue {
  entries: OutboxRecord[] = [];
  /** entries the worker must not touch: the one in flight, and ones being edited or removed */
  readonly held = new Set<string>();

  constructor(
    readonly files: OutboxFiles,
    private readonly clock: Clock,
    private readonly keepSentMs: number,
    private readonly emit: (event: OutboxEvent) => void,
  ) {}

  find(id: string): OutboxRecord {
    const entry = this.entries.find((e) => e.id === id);
    if (entry === undefined) throw failure('outbox-entry-missing', `no outbox entry ${id}`);
    return entry;
  }

  /** Applies a change, writes the index (fsynced) and tells the UI. */
  async commit(entry: OutboxRecord, patch: Partial<OutboxRecord>): Promise<void> {
    Object.assign(entry, patch, { updatedAt: this.clock.now() });
    await this.save();
    this.emit({ kind: 'changed', entry: toView(entry) });
  }

  save(): Promise<void> {
    return this.files.saveIndex(this.entries);
  }

  /** Takes an entry away from the worker for a change; fails when it is in flight. */
  hold(id: string, allowed: ReadonlyArray<OutboxRecord['state']>): OutboxRecord {
    const entry = this.find(id);
    if (this.held.has(id)) throw failure('outbox-busy', 'the message is being sent or changed right now');
    if (!allowed.includes(entry.state)) throw failure('outbox-wrong-state', `not possible while ${entry.state}`);
    this.held.add(id);
    return entry;
  }

  /** Sent entries older than keepSentMs leave the list; true when any did. */
  pruneSent(now: number): boolean {
    const old = this.entries.filter((e) => e.state === 'sent' && e.sentCopy !== 'pending' && !this.held.has(e.id) && (e.sentAt ?? e.updatedAt) + this.keepSentMs < now);
    if (old.length === 0) return false;
    this.entries = this.entries.filter((e) => !old.includes(e));
    for (const e of old) this.emit({ kind: 'removed', id: e.id });
    return true;
  }

  /** The entry due first (at or before `now`, when given) that nobody holds. */
  nextDue(now: number | undefined): OutboxRecord | undefined {
    let best: OutboxRecord | undefined;
    let bestAt = Infinity;
    for (const entry of this.entries) {
      const at = this.held.has(entry.id) ? undefined : dueAt(entry);
      if (at === undefined || (now !== undefined && at > now) || at >= bestAt) continue;
      best = entry;
      bestAt = at;
    }
    return best;
  }
}
