/** Bytes main is done with go back at once (main/platform/releaseBytes.ts), and only bytes that own their whole buffer. */
import { describe, expect, it } from 'vitest';
import { releaseBytes } from '../../../main/platform/releaseBytes';

describe('releasing bytes main is done with', () => {
  it('frees the buffer of bytes that are the whole of it', () => {
    const bytes = new Uint8Array(1024 * 1024).fill(7);
    releaseBytes(bytes);
    expect(bytes.buffer.byteLength).toBe(0);
    expect(bytes.byteLength).toBe(0);
  });

  it('leaves a view into a larger buffer alone: the rest of it may still be read', () => {
    const whole = new Uint8Array(16).fill(7);
    const part = whole.subarray(4, 8);
    releaseBytes(part);
    expect(whole.byteLength).toBe(16);
    expect([...part]).toEqual([7, 7, 7, 7]);
  });
});
