/**
 * DESIGN 4: the worker writes a batch's JSON a message at a time (batchJson.ts); the store
 * parses it as the JSON of the whole batch, so the bytes must be TextEncoder's of
 * JSON.stringify(batch), byte for byte, whatever the messages hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBatchJson } from '../../../../main/capture/worker/batchJson';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const MAX = 64 * 1024 * 1024;

/** text of every kind: beyond Latin-1, beyond U+FFFF, lone surrogates, quotes and controls */
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u2028', '\ud800', '😀', 'č', 'é') }));
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
})).node;
const batchLike = fc.dictionary(text, fc.oneof(value, fc.array(value, { maxLength: 6 })), { maxKeys: 6 });

describe("a batch's JSON written a message at a time", () => {
  it('is the UTF-8 of JSON.stringify of the batch, for any batch', () => {
    fc.assert(
      fc.property(batchLike, (batch) => {
        expect(writeBatchJson(batch, MAX)).toEqual(utf8(JSON.stringify(batch)));
      }),
      { numRuns: 300 },
    );
  });

  it('grows past its first buffer, and stops at the largest size', () => {
    const batch = { batchId: 'b', captured: Array.from({ length: 300 }, (_, i) => ({ i, text: `Začátek přeposílané zprávy 😀 ${'x'.repeat(2000)}` })), empty: [] };
    const bytes = utf8(JSON.stringify(batch));
    expect(bytes.byteLength).toBeGreaterThan(512 * 1024);
    const written = writeBatchJson(batch, MAX);
    expect(written).toEqual(bytes);
    // a buffer of its own, the size of the bytes: what the worker transfers to main
    expect(written?.buffer.byteLength).toBe(bytes.byteLength);
    expect(writeBatchJson(batch, bytes.byteLength)).toEqual(bytes);
    expect(writeBatchJson(batch, bytes.byteLength - 1)).toBeUndefined();
  });
});
