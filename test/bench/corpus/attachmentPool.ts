/**
 * Attachment bytes, cheaply: one pool of seeded random bytes, base64-encoded and wrapped into
 * 76-character lines once. Any run of whole lines is itself valid base64 of a run of the pool
 * (57 bytes a line, a multiple of 3), so an attachment is a slice, not an encoding per message.
 * Random bytes, like the compressed PDFs, images and Office files real attachments are.
 */
import { seededRandom } from '../support/random';
import { BYTES_PER_LINE } from './plan';

const LINE_CHARS = 76;
const LINE_BYTES = LINE_CHARS + 2;

export interface AttachmentPool {
  lines: number;
  /** `count` lines from `offset`, each ending in CRLF */
  slice(offset: number, count: number): Buffer;
}

export function createAttachmentPool(seed: number, bytes = 6 * 1024 * 1024): AttachmentPool {
  const random = seededRandom(seed);
  const lines = Math.floor(bytes / BYTES_PER_LINE);
  const raw = Buffer.alloc(lines * BYTES_PER_LINE);
  for (let i = 0; i + 4 <= raw.length; i += 4) raw.writeUInt32LE(Math.floor(random() * 0x1_0000_0000), i);
  const encoded = raw.toString('base64');
  const wrapped = Buffer.alloc(lines * LINE_BYTES);
  for (let line = 0; line < lines; line++) {
    wrapped.write(encoded.slice(line * LINE_CHARS, (line + 1) * LINE_CHARS), line * LINE_BYTES, 'latin1');
    wrapped.write('\r\n', line * LINE_BYTES + LINE_CHARS, 'latin1');
  }
  return {
    lines,
    slice(offset, count) {
      if (offset < 0 || offset + count > lines) throw new RangeError(`attachment lines ${offset}+${count} outside the pool of ${lines}`);
      return wrapped.subarray(offset * LINE_BYTES, (offset + count) * LINE_BYTES);
    },
  };
}
