/**
 * Gives the memory of bytes main is done with back at once, instead of at main's next garbage
 * collection. A capture batch's body (megabytes, outside V8's heap) arrives from the capture
 * worker and is copied by the transport as it is sent; the copy made, main has no use for it,
 * but its quiet heap is collected seldom, and bodies waiting for that were tens of MB of main's
 * peak memory. Detaching the buffer (ArrayBuffer.prototype.transfer(0)) frees them now.
 * Only for bytes that are the whole of their own buffer and that nothing reads afterwards.
 */

/** ES2024's ArrayBuffer.prototype.transfer (Node 21+, Chromium 114+), beyond this project's ES2023 typings. */
type Transferable = ArrayBuffer & { transfer?: (newLength: number) => ArrayBuffer };

export function releaseBytes(bytes: Uint8Array): void {
  const buffer: ArrayBufferLike = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return;
  (buffer as Transferable).transfer?.(0);
}
