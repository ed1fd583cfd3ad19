/**
 * The WebSocket binding's frames for events that carry bytes (test/support/ipc/eventFrame.ts):
 * the bytes travel as they are, and come back as a Uint8Array of the reader's realm.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBinaryEventFrame, encodeEventFrame } from '../../support/ipc/eventFrame';

/** A frame of this head and `extra` bytes after it. */
function framed(head: string, extra: number): Uint8Array {
  const headBytes = new TextEncoder().encode(head);
  const frame = new Uint8Array(4 + headBytes.byteLength + extra);
  new DataView(frame.buffer).setUint32(0, headBytes.byteLength);
  frame.set(headBytes, 4);
  return frame;
}

describe('event frames of the WebSocket binding', () => {
  it('an event without bytes stays JSON text', () => {
    expect(encodeEventFrame('app:deepLink', { url: 'blindcopy://x' })).toBe(JSON.stringify({ event: 'app:deepLink', payload: { url: 'blindcopy://x' } }));
    expect(encodeEventFrame('x', null)).toBe('{"event":"x","payload":null}');
  });

  it('any payload with byte fields comes back as it went, its bytes not escaped', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string().filter((k) => k !== '__proto__'), json, { maxKeys: 5 }),
        fc.dictionary(fc.string().filter((k) => k !== '__proto__'), fc.uint8Array({ maxLength: 300 }), { minKeys: 1, maxKeys: 3 }),
        (event, fields, bytes) => {
          const payload: Record<string, unknown> = { ...fields, ...bytes };
          const frame = encodeEventFrame(event, payload);
          expect(frame).toBeInstanceOf(Uint8Array);
          const sizeOfBytes = Object.values(bytes).reduce((sum, b) => sum + b.byteLength, 0);
          const head = JSON.stringify({ event, payload: Object.fromEntries(Object.entries(payload).filter(([, v]) => !(v instanceof Uint8Array))), binary: Object.entries(bytes).map(([k, b]) => [k, b.byteLength]) });
          expect((frame as Uint8Array).byteLength).toBe(4 + new TextEncoder().encode(head).byteLength + sizeOfBytes);
          // as the page gets it: an ArrayBuffer of the frame alone
          const copy = (frame as Uint8Array).slice().buffer;
          const decoded = decodeBinaryEventFrame(copy);
          expect(decoded?.event).toBe(event);
          expect(JSON.parse(JSON.stringify(decoded?.payload, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)))).toEqual(
            JSON.parse(JSON.stringify(payload, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v))),
          );
          for (const key of Object.keys(bytes)) expect((decoded?.payload as Record<string, unknown>)[key]).toBeInstanceOf(Uint8Array);
        },
      ),
    );
  });

  it('a frame with its bytes is an event', () => {
    expect(decodeBinaryEventFrame(framed('{"event":"e","payload":{"a":1},"binary":[["b",3]]}', 3))).toEqual({ event: 'e', payload: { a: 1, b: new Uint8Array(3) } });
  });

  it.each<[string, Uint8Array]>([
    ['too short', Uint8Array.of(0, 0)],
    ['a head longer than the frame', Uint8Array.of(0, 0, 0, 9, 0x7b, 0x7d)],
    ['a head that is not JSON', Uint8Array.of(0, 0, 0, 1, 0x7b)],
    ['missing its bytes', framed('{"event":"e","payload":{},"binary":[["b",4]]}', 3)],
    ['longer than its bytes', framed('{"event":"e","payload":{},"binary":[["b",1]]}', 2)],
    ['a head of another shape', framed('{"event":"e","payload":{},"binary":[["b",-1]]}', 0)],
  ])('a frame that is %s is not an event', (_name, frame) => {
    expect(decodeBinaryEventFrame(frame)).toBeUndefined();
  });
});
