/**
 * Just enough RFC 5322 / MIME to read back the sync messages syncMessage.ts writes: headers
 * (unfolded, by lower-case name), parameters of a structured header, the parts of a multipart
 * body. Tolerant of LF or CRLF line ends, since servers and clients may convert them. Not a
 * general mail parser: anything unexpected reads as "not found", and the caller skips the message.
 */
export interface MimeEntity {
  /** lower-case header name → values in order */
  headers: Map<string, string[]>;
  body: string;
}

export function parseEntity(raw: string): MimeEntity {
  const text = raw.replace(/\r\n/g, '\n');
  const blank = text.indexOf('\n\n');
  const head = blank === -1 ? text : text.slice(0, blank);
  const body = blank === -1 ? '' : text.slice(blank + 2);
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return { headers, body };
}

export function header(entity: MimeEntity, name: string): string | undefined {
  return entity.headers.get(name.toLowerCase())?.[0];
}

/** `text/plain; charset="utf-8"` → value `text/plain`, params { charset: 'utf-8' } (names lower-case). */
export function headerParams(value: string): { value: string; params: Map<string, string> } {
  const [first = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
  }
  return { value: first.trim().toLowerCase(), params };
}

/** The parts between `--boundary` lines, up to `--boundary--`. */
export function multipartParts(body: string, boundary: string): MimeEntity[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const parts: MimeEntity[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(parseEntity(current.join('\n')));
      current = trimmed.endsWith('--') && trimmed !== `--${boundary}` ? undefined : [];
      if (current === undefined) break;
      continue;
    }
    current?.push(line);
  }
  return parts;
}
