/**
 * Robustness against ../shared/corpora/real-world-mime: ~100 real, often broken messages (bad
 * dates, illegal boundaries, odd charsets, uuencode, bounces, nested message/rfc822). Every file
 * must come out as a valid CapturedMessage or a RejectedMessage with a reason: nothing throws and
 * nothing is silently dropped. Read in place, never copied into the project.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Understood } from '../../../main/capture/understand/context';
import { understandMessage } from '../../../main/capture/understand/understandMessage';
import { CapturedMessageSchema, RejectedMessageSchema } from '../../../shared/domain/mail';
import { context, NOW } from './support';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpora/real-world-mime/', import.meta.url));

/** Every file but the licence, which is not a message. */
const files = (readdirSync(CORPUS, { recursive: true }) as string[])
  .filter((f) => f !== 'LICENSE' && statSync(join(CORPUS, f)).isFile())
  .sort();

/** Synced mail without any From cannot say who wrote it: these are the corpus files that have none. */
const NO_AUTHOR = ['error_emails/bad_encoded_subject.eml', 'rfc2822/example13.eml', 'sample_output_multipart'];

describe('real-world MIME corpus', () => {
  it('has the corpus in place', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  /** Runs one file and checks the outcome is schema-valid; returns it. */
  async function run(file: string, index: number, overrides: Parameters<typeof context>[0]): Promise<Understood> {
    const raw = readFileSync(join(CORPUS, file));
    const source = { sourceId: 'corpus', uidValidity: 1, uid: index + 1 };
    const result = await understandMessage(raw, context({ source, internalDate: NOW - 1000, ...overrides }));
    if (result.kind === 'captured') {
      expect(CapturedMessageSchema.safeParse(result.message).success, file).toBe(true);
      expect(result.message.size, file).toBe(raw.length);
    } else {
      expect(result.kind, file).toBe('rejected');
      if (result.kind !== 'rejected') return result;
      expect(RejectedMessageSchema.safeParse(result.rejected).success, file).toBe(true);
      expect(result.rejected.source, file).toEqual(source);
    }
    return result;
  }

  it('every file comes out captured or rejected with a reason, as synced mail and as drop-box mail', async () => {
    const unparseable: string[] = [];
    let fromOwner = 0;
    for (const [index, file] of files.entries()) {
      const synced = await run(file, index, { sourceKind: 'sync' });
      if (synced.kind === 'rejected') {
        expect(synced.rejected.reason, file).toBe('unparseable');
        unparseable.push(`${file}: ${synced.rejected.detail ?? ''}`);
      }

      // In the drop box every sender here is a stranger to the account ...
      const stranger = await run(file, index, { sourceKind: 'dropbox' });
      expect(stranger.kind === 'rejected' && stranger.rejected.reason, file).toBe('unknown-owner');

      // ... and when the account is the sender's, the whole path runs: owner, forward, auth.
      if (synced.kind !== 'captured') continue;
      const own = { primary: synced.message.from.address, verified: [], pending: [] };
      const owned = await run(file, index, { sourceKind: 'dropbox', own });
      expect(owned.kind, file).toBe('captured');
      if (owned.kind === 'captured') fromOwner++;
    }
    expect(unparseable).toEqual(NO_AUTHOR.map((f) => `${f}: no From address`));
    expect(fromOwner).toBe(files.length - NO_AUTHOR.length);
  });

  it('R7 synced mail with an attached message is not unwrapped (only forwards to the drop box are)', async () => {
    const raw = readFileSync(join(CORPUS, 'attachment_emails/attachment_message_rfc822.eml'));
    const result = await understandMessage(raw, context({ sourceKind: 'sync' }));
    expect(result.kind === 'captured' && result.message).toMatchObject({ from: { address: 'foo@example.com' }, direction: 'incoming' });
  });

  it('falls back to INTERNALDATE for a broken Date header, and lists attachments by IMAP part', async () => {
    const broken = readFileSync(join(CORPUS, 'plain_emails/raw_email_with_bad_date.eml'));
    const internalDate = new Date(Date.UTC(2007, 4, 29, 19, 13));
    const result = await understandMessage(broken, context({ sourceKind: 'sync', internalDate }));
    expect(result.kind === 'captured' && result.message.date).toBe(internalDate.getTime());

    const nested = readFileSync(join(CORPUS, 'mime_emails/raw_email7.eml'));
    const parts = await understandMessage(nested, context({ sourceKind: 'sync' }));
    expect(parts.kind === 'captured' && parts.message.attachments.map((a) => [a.part, a.contentType])).toEqual([
      ['1.2', 'text/x-ruby-script'],
      ['1.3', 'application/pdf'],
      ['2', 'application/pkcs7-signature'],
    ]);
  });
});
