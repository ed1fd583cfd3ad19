/**
 * The little bit of RFC 5322 lexical syntax the authentication headers need: split a header
 * value at top-level separators while respecting quoted strings (which may contain ";" and "(")
 * and comments (which may nest and contain anything). Comments are taken out of the text and
 * kept beside it, because servers put useful words there ("body hash did not verify").
 */

export interface Segment {
  /** the segment with its comments replaced by a space, trimmed */
  text: string;
  /** the comments' contents, outermost parentheses removed, in order */
  comments: string[];
}

/** Splits `value` at every `separator` outside quotes and comments. */
export function splitSegments(value: string, separator = ';'): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  let comment = '';
  let comments: string[] = [];
  let depth = 0;
  let quoted = false;

  const close = (): void => {
    segments.push({ text: text.trim(), comments });
    text = '';
    comments = [];
  };

  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === '\\' && (quoted || depth > 0)) {
      // quoted-pair: the next character is literal wherever it appears
      const next = value.charAt(i + 1);
      if (depth > 0) comment += next;
      else text += c + next;
      i++;
    } else if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (depth > 0) comment += c;
      else {
        comments.push(comment.trim());
        comment = '';
        text += ' ';
      }
    } else if (quoted) {
      text += c;
      if (c === '"') quoted = false;
    } else if (c === '"') {
      text += c;
      quoted = true;
    } else if (c === '(') {
      depth = 1;
    } else if (c === separator) {
      close();
    } else {
      text += c;
    }
  }
  // An unterminated comment still counts as one: the header was cut, not meant to hide text.
  if (depth > 0) comments.push(comment.trim());
  close();
  return segments;
}

/** `"a \"b\""` → `a "b"`; anything not quoted comes back as it is. */
export function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(.)/gsu, '$1');
  }
  return value;
}

/** A token or a quoted string, as the values in `key=value` pairs may be. */
const VALUE = String.raw`("(?:[^"\\]|\\.)*"|[^\s;"]+)`;

/** Every `key=value` pair in a segment (spaces allowed around "="), keys lower-cased. */
export function keyValuePairs(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const pattern = new RegExp(String.raw`([A-Za-z0-9_.\-]+)\s*=\s*` + VALUE, 'gu');
  for (const match of text.matchAll(pattern)) {
    const key = match[1];
    const value = match[2];
    if (key !== undefined && value !== undefined) pairs.push([key.toLowerCase(), unquote(value)]);
  }
  return pairs;
}
