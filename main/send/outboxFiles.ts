/**
 * Files of the outbox (see outboxSchema.ts): `outbox.json` plus `messages/<id>-<revision>.json`
 * (the OutgoingMessage) and `.eml` (the MIME). Every write is atomic; index writes are serialized
 * so a slow write never lands after a newer one.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OutgoingMessageSchema, type OutgoingMessage } from '../../shared/rules/send/outgoing';
import { writeFileAtomic } from '../platform/atomicFile';
import { readJsonFileOrSetAside, type JsonFileResult } from '../platform/jsonFile';
import { OUTBOX_FILE_VERSION, OutboxFileSchema, type OutboxRecord } from './outboxSchema';

const OUTBOX_INDEX = 'outbox.json';
const MESSAGES = 'messages';

export class OutboxFiles {
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly dir: string) {}

  get indexPath(): string {
    return join(this.dir, OUTBOX_INDEX);
  }

  private bodyPath(id: string, revision: number, ext: 'json' | 'eml'): string {
    return join(this.dir, MESSAGES, `${id}-${revision}.${ext}`);
  }

  async loadIndex(now: number): Promise<JsonFileResult<OutboxRecord[]>> {
    const file = await readJsonFileOrSetAside(this.indexPath, OutboxFileSchema, now);
    return file.kind === 'ok' ? { kind: 'ok', value: file.value.entries } : file;
  }

  /** Writes a snapshot; calls are queued, and each waits for the ones before it. */
  saveIndex(entries: readonly OutboxRecord[]): Promise<void> {
    const text = JSON.stringify({ version: OUTBOX_FILE_VERSION, entries });
    const next = this.writing.then(() => writeFileAtomic(this.indexPath, text));
    // handled: the caller gets next's rejection; `writing` only orders the next write
    this.writing = next.catch(() => undefined);
    return next;
  }

  async writeBody(id: string, revision: number, message: OutgoingMessage, mime: Buffer): Promise<void> {
    await writeFileAtomic(this.bodyPath(id, revision, 'eml'), mime);
    await writeFileAtomic(this.bodyPath(id, revision, 'json'), JSON.stringify(message));
  }

  async readMime(id: string, revision: number): Promise<Buffer> {
    return readFile(this.bodyPath(id, revision, 'eml'));
  }

  async readMessage(id: string, revision: number): Promise<OutgoingMessage | undefined> {
    // handled: no body file: no message to edit (the caller says so)
    const text = await readFile(this.bodyPath(id, revision, 'json'), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const parsed = OutgoingMessageSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      // handled: a damaged body file reads as no message (the caller says so)
      return undefined;
    }
  }

  async deleteBody(id: string, revision: number): Promise<void> {
    await rm(this.bodyPath(id, revision, 'eml'), { force: true });
    await rm(this.bodyPath(id, revision, 'json'), { force: true });
  }

  /** Body files the index does not point to: left by a crash between writing them and the index. */
  async removeOrphans(entries: readonly OutboxRecord[]): Promise<void> {
    const keep = new Set(entries.filter((e) => e.hasBody).flatMap((e) => [`${e.id}-${e.revision}.eml`, `${e.id}-${e.revision}.json`]));
    // handled: no messages folder yet: nothing to remove
    const names = await readdir(join(this.dir, MESSAGES)).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(this.dir, MESSAGES, n), { force: true })));
  }
}
