/**
 * Rebuilds a small stand-in message from the sections a `parts` plan fetched: the real headers,
 * the real text parts, and every attachment reduced to its MIME header with an empty body. The
 * tree and the boundaries are the original ones (a boundary never occurs inside its own parts),
 * so mailparser numbers the parts as IMAP does and sees the same headers.
 */
import type { PlanNode } from './bodyPlan';

const CRLF = Buffer.from('\r\n');

/** Internal: a server answer without a section; the engine falls back to fetching the whole message. */
export class MissingSectionError extends Error {
  constructor(section: string) {
    super(`section ${section} missing from the FETCH answer`);
    this.name = 'MissingSectionError';
  }
}

/** `sections` holds the fetched BODY[...] sections by lower-case key ("1.mime", "2", "2.header"). */
export function rebuildMime(root: PlanNode, header: Buffer, sections: ReadonlyMap<string, Buffer>): Buffer {
  const out: Buffer[] = [];
  // Missing, or empty where something must be: some servers (Apache James, imapflow notes)
  // answer one of two sections of a part empty. A MIME header is never empty (it ends in CRLF).
  const get = (key: string, expected = 1): Buffer => {
    const value = sections.get(key.toLowerCase());
    if (value === undefined || (value.length === 0 && expected > 0)) throw new MissingSectionError(key);
    return value;
  };

  const entity = (node: PlanNode, head: Buffer): void => {
    out.push(head);
    switch (node.kind) {
      case 'multipart': {
        for (const child of node.children) {
          out.push(Buffer.from(`--${node.boundary}\r\n`));
          entity(child, get(`${child.part}.MIME`));
          out.push(CRLF);
        }
        out.push(Buffer.from(`--${node.boundary}--\r\n`));
        return;
      }
      case 'text':
      case 'message':
        out.push(get(node.part, node.size));
        return;
      case 'placeholder':
        return;
      case 'embedded':
        entity(node.body, get(`${node.part}.HEADER`));
        return;
    }
  };

  entity(root, header);
  return Buffer.concat(out);
}
