/**
 * DESIGN "Fetch cheaply": from a message's BODYSTRUCTURE, decide what to download.
 *  - over the size limit (R3.5): nothing, it is rejected from its envelope;
 *  - only text (text/plain, text/html, messages that hold only those): the whole message, in one
 *    command with the rest of its chunk;
 *  - with attachments: the header block, the text parts and the MIME headers of every part, so
 *    a small stand-in message with the same tree (attachments empty) can be rebuilt; the
 *    attachments are listed with their IMAP part number and downloaded on demand.
 * Pure: no I/O, so every shape of tree is unit-tested.
 */
import type { MessageStructureObject } from 'imapflow';
import type { AttachmentMeta } from '../../../shared/domain/mail';
import { cleanFileName } from '../../../shared/text/fileName';

/** How one node of the stand-in message is built; `part` is the IMAP part number. */
export type PlanNode =
  /** multipart: its own header (`<part>.MIME`, or the message header at the top) + children */
  | { kind: 'multipart'; part: string | undefined; boundary: string; children: PlanNode[] }
  /** a text part: `<part>.MIME` + `<part>` (`size` from BODYSTRUCTURE, to spot a dropped one) */
  | { kind: 'text'; part: string; size: number }
  /** an attachment: only `<part>.MIME`, body left empty (keeps mailparser's part numbers right) */
  | { kind: 'placeholder'; part: string }
  /** message/rfc822 holding only text: `<part>.MIME` + `<part>` (the whole embedded message) */
  | { kind: 'message'; part: string; size: number }
  /** message/rfc822 with attachments: `<part>.MIME`, `<part>.HEADER`, then its own tree */
  | { kind: 'embedded'; part: string; body: PlanNode };

export type BodyPlan =
  | { kind: 'too-large' }
  | { kind: 'whole' }
  | {
      kind: 'parts';
      /** BODY[...] sections besides the top-level HEADER, e.g. "1.MIME", "1", "2.MIME" */
      sections: string[];
      root: PlanNode;
      attachments: AttachmentMeta[];
      /** about how many bytes the sections hold, to keep one FETCH answer bounded */
      estimatedBytes: number;
    };

const TEXT_TYPES = new Set(['text/plain', 'text/html']);
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global']);

function isMultipart(node: MessageStructureObject): boolean {
  return node.type.startsWith('multipart/') && Array.isArray(node.childNodes);
}

function isBodyText(node: MessageStructureObject): boolean {
  return TEXT_TYPES.has(node.type) && node.disposition !== 'attachment';
}

/** Whether anything below `node` would be an attachment. */
function hasAttachments(node: MessageStructureObject): boolean {
  if (isMultipart(node)) return (node.childNodes ?? []).some(hasAttachments);
  if (MESSAGE_TYPES.has(node.type)) {
    const inner = node.childNodes?.[0];
    return inner !== undefined && hasAttachments(inner);
  }
  return !isBodyText(node);
}

/**
 * BODYSTRUCTURE gives the encoded size; the list shows what the user will get. For base64 that
 * is 3/4 of the characters without the line breaks (76 per line, RFC 2045), an estimate within
 * a few bytes; other encodings are about their size.
 */
export function decodedSizeEstimate(node: MessageStructureObject): number {
  const size = Math.max(0, node.size ?? 0);
  if (node.encoding !== 'base64') return size;
  const lines = Math.ceil(size / 78);
  return Math.max(0, Math.floor(((size - 2 * lines) * 3) / 4));
}

function filenameOf(node: MessageStructureObject, part: string): string {
  const name = node.dispositionParameters?.filename ?? node.parameters?.name ?? '';
  // no control characters, no bidirectional controls (R10.2)
  const clean = cleanFileName(name);
  return clean !== '' ? clean : `part-${part}`;
}

class Planner {
  readonly sections: string[] = [];
  readonly attachments: AttachmentMeta[] = [];
  /** MIME headers are small; a guess per header is enough for bounding a FETCH */
  estimatedBytes = 0;

  /** A child of a multipart (or the body of an embedded message), which has a part number. */
  child(node: MessageStructureObject, part: string): PlanNode {
    if (isMultipart(node)) {
      this.sections.push(`${part}.MIME`);
      return this.multipart(node, part);
    }
    if (MESSAGE_TYPES.has(node.type)) return this.message(node, part);
    this.sections.push(`${part}.MIME`);
    if (isBodyText(node)) {
      this.sections.push(part);
      this.estimatedBytes += node.size ?? 0;
      return { kind: 'text', part, size: node.size ?? 0 };
    }
    this.attach(node, part);
    return { kind: 'placeholder', part };
  }

  multipart(node: MessageStructureObject, part: string | undefined): PlanNode {
    const boundary = node.parameters?.boundary;
    if (boundary === undefined || boundary === '') throw new Error('multipart without boundary');
    const children = (node.childNodes ?? []).map((child, index) => this.child(child, part === undefined ? String(index + 1) : `${part}.${index + 1}`));
    return { kind: 'multipart', part, boundary, children };
  }

  message(node: MessageStructureObject, part: string): PlanNode {
    this.sections.push(`${part}.MIME`);
    const inner = node.childNodes?.[0];
    if (inner === undefined || !hasAttachments(inner)) {
      this.sections.push(part);
      this.estimatedBytes += node.size ?? 0;
      return { kind: 'message', part, size: node.size ?? 0 };
    }
    this.sections.push(`${part}.HEADER`);
    if (isMultipart(inner)) return { kind: 'embedded', part, body: this.multipart(inner, part) };
    // A single non-text body inside: IMAP calls it <part>.1 (RFC 3501 6.4.5).
    this.attach(inner, `${part}.1`);
    return { kind: 'embedded', part, body: { kind: 'placeholder', part: `${part}.1` } };
  }

  attach(node: MessageStructureObject, part: string): void {
    this.attachments.push({ part, filename: filenameOf(node, part), contentType: node.type || 'application/octet-stream', size: decodedSizeEstimate(node) });
  }
}

export function planBody(structure: MessageStructureObject | undefined, size: number, limit: number): BodyPlan {
  if (size > limit) return { kind: 'too-large' };
  // Without a usable structure the safe choice is the whole message (it is under the limit).
  if (structure === undefined || !hasAttachments(structure)) return { kind: 'whole' };
  const planner = new Planner();
  try {
    if (isMultipart(structure)) {
      const root = planner.multipart(structure, undefined);
      return { kind: 'parts', sections: planner.sections, root, attachments: planner.attachments, estimatedBytes: planner.estimatedBytes + 300 * planner.sections.length };
    }
    if (MESSAGE_TYPES.has(structure.type)) return { kind: 'whole' };
    // The whole message is one non-text part (a bare PDF): header only; IMAP calls its body "1".
    planner.attach(structure, '1');
    return { kind: 'parts', sections: [], root: { kind: 'placeholder', part: '1' }, attachments: planner.attachments, estimatedBytes: 0 };
  } catch {
    // handled: a structure we cannot plan is fetched whole, the safe way to still capture it
    return { kind: 'whole' };
  }
}
