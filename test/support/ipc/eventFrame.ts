/**
 * How the WebSocket binding (tests, demo, bench) carries an event whose payload holds bytes
 * (capture:batch's body, DESIGN 4) without JSON-escaping them: one binary frame of
 *   [4-byte big-endian length n][n bytes: JSON of {event, payload without its byte fields, binary}][the bytes, in `binary`'s order]
 * where `binary` lists each byte field of the payload (a top-level Uint8Array) as [key, length].
 * Events without bytes stay text frames of JSON, as before. Decoding runs in the page (bundled
 * into the bridge) and in Node; it uses neither Buffer nor DOM-only APIs.
 */

export interface EventFrame {
  event: string;
  payload: unknown;
}

interface FrameHead {
  event: string;
  payload: Record<string, unknown>;
  binary: [string, number][];
}

const HEAD_LENGTH_BYTES = 4;

/** A text frame (JSON) for a payload without bytes; a binary frame for one with some. */
export function encodeEventFrame(event: string, payload: unknown): string | Uint8Array {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return JSON.stringify({ event, payload });
  const fields = Object.entries(payload);
  const bytes = fields.filter((entry): entry is [string, Uint8Array] => entry[1] instanceof Uint8Array);
  if (bytes.length === 0) return JSON.stringify({ event, payload });
  const rest = Object.fromEntries(fields.filter(([, value]) => !(value instanceof Uint8Array)));
  const head: FrameHead = { event, payload: rest, binary: bytes.map(([key, value]) => [key, value.byteLength]) };
  const headBytes = new TextEncoder().encode(JSON.stringify(head));
  const total = HEAD_LENGTH_BYTES + headBytes.byteLength + bytes.reduce((sum, [, value]) => sum + value.byteLength, 0);
  const frame = new Uint8Array(total);
  new DataView(frame.buffer).setUint32(0, headBytes.byteLength);
  frame.set(headBytes, HEAD_LENGTH_BYTES);
  let at = HEAD_LENGTH_BYTES + headBytes.byteLength;
  for (const [, value] of bytes) {
    frame.set(value, at);
    at += value.byteLength;
  }
  return frame;
}

function isFrameHead(value: unknown): value is FrameHead {
  if (typeof value !== 'object' || value === null) return false;
  const { event, payload, binary } = value as Record<string, unknown>;
  return (
    typeof event === 'string' &&
    typeof payload === 'object' &&
    payload !== null &&
    Array.isArray(binary) &&
    binary.every((b) => Array.isArray(b) && b.length === 2 && typeof b[0] === 'string' && Number.isInteger(b[1]) && (b[1] as number) >= 0)
  );
}

/**
 * A binary frame back into its event and payload; the byte fields are views of the frame's own
 * buffer (no copy). Undefined for bytes that are not such a frame.
 */
export function decodeBinaryEventFrame(data: ArrayBuffer | Uint8Array): EventFrame | undefined {
  const frame = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (frame.byteLength < HEAD_LENGTH_BYTES) return undefined;
  const headLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0);
  if (HEAD_LENGTH_BYTES + headLength > frame.byteLength) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(new TextDecoder().decode(frame.subarray(HEAD_LENGTH_BYTES, HEAD_LENGTH_BYTES + headLength)));
  } catch {
    // handled: not a frame of ours; the caller drops it
    return undefined;
  }
  if (!isFrameHead(head)) return undefined;
  const payload: Record<string, unknown> = { ...head.payload };
  let at = HEAD_LENGTH_BYTES + headLength;
  for (const [key, length] of head.binary) {
    if (at + length > frame.byteLength) return undefined;
    payload[key] = new Uint8Array(frame.buffer, frame.byteOffset + at, length);
    at += length;
  }
  return at === frame.byteLength ? { event: head.event, payload } : undefined;
}
