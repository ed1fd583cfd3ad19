/**
 * JSON.stringify(batch) as UTF-8 bytes, written piece by piece: each element of the batch's
 * top-level arrays (its messages) is stringified on its own and encoded at once into a buffer
 * that grows, so no string ever holds the whole batch (why: sealBatch.ts). The bytes are the
 * same as TextEncoder's of JSON.stringify(batch) (tested with random batches).
 *
 * The buffer is a resizable ArrayBuffer: V8 reserves its largest size as address space and
 * commits pages only as they are written (no copy when it grows, no malloc'd block left in the
 * allocator's arena after it); the bytes end in a buffer of exactly their length, the one
 * transferred to main.
 */

const encoder = new TextEncoder();
/** committed at first; the batch's bytes double it as needed */
const FIRST_BYTES = 256 * 1024;

/** ES2024 resizable ArrayBuffer (Node 20+, Chromium 111+), beyond this project's ES2023 typings. */
interface ResizableBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
  transferToFixedLength(byteLength: number): ArrayBuffer;
}
type ResizableBufferConstructor = new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

class ByteWriter {
  private readonly buffer: ResizableBuffer;
  /** tracks the buffer's length as it grows */
  private readonly view: Uint8Array;
  length = 0;

  constructor(maxBytes: number) {
    this.buffer = new (ArrayBuffer as unknown as ResizableBufferConstructor)(Math.min(FIRST_BYTES, maxBytes), { maxByteLength: maxBytes });
    this.view = new Uint8Array(this.buffer);
  }

  /** false when the bytes would pass the largest size */
  write(text: string): boolean {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.view.subarray(this.length));
      this.length += written;
      if (read === rest.length) return true;
      rest = rest.slice(read);
      if (this.buffer.byteLength === this.buffer.maxByteLength) return false;
      // UTF-8 takes at most 3 bytes per UTF-16 unit
      this.buffer.resize(Math.min(this.buffer.maxByteLength, Math.max(this.buffer.byteLength * 2, this.length + rest.length * 3)));
    }
  }

  /** the bytes written, in a buffer of their own; this writer is done */
  bytes(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.buffer.transferToFixedLength(this.length));
  }
}

/** JSON.stringify's text of one value inside an array: what it cannot write becomes null. */
function elementJson(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/**
 * UTF-8 of JSON.stringify(batch) for a plain object whose large parts are arrays at its top
 * level; undefined when it would be more than `maxBytes`.
 */
export function writeBatchJson(batch: object, maxBytes: number): Uint8Array<ArrayBuffer> | undefined {
  const out = new ByteWriter(maxBytes);
  let ok = out.write('{');
  let first = true;
  for (const [key, value] of Object.entries(batch)) {
    if (!ok) break;
    if (Array.isArray(value)) {
      ok = out.write(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      for (let i = 0; ok && i < value.length; i += 1) ok = out.write(i === 0 ? elementJson(value[i]) : `,${elementJson(value[i])}`);
      ok &&= out.write(']');
    } else {
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) continue; // undefined, a function: JSON.stringify leaves the key out
      ok = out.write(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    }
    first = false;
  }
  ok &&= out.write('}');
  return ok ? out.bytes() : undefined;
}
