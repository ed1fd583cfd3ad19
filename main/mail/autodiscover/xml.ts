/**
 * A small strict XML reader, enough for Thunderbird's clientConfig: elements, attributes, text,
 * CDATA, comments, processing instructions and the predefined and numeric character references.
 * No XML parser is a direct dependency of the project, and this format needs little.
 * DOCTYPE is refused outright, so no entity can be declared: no "billion laughs", no external
 * entities. Anything not well-formed is an error, never a guess.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (CDATA included), concatenated; children's text is not in it. */
  readonly text: string;
}

/** Internal: clientConfig.ts turns it into an 'invalid' entry of the tried sources. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
}

interface OpenElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const WHITESPACE = /[ \t\r\n]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(source: string, limits: XmlLimits = { maxDepth: 32, maxElements: 10_000 }): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let elementCount = 0;

  // A declaration, not an arrow: TypeScript narrows after calls to declared `never` functions.
  function fail(message: string, at = pos): never {
    throw new XmlSyntaxError(message, at);
  }

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(source);
    pos = WHITESPACE.lastIndex;
  };

  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) fail('expected a name');
    pos = NAME.lastIndex;
    return match[0];
  };

  /** Moves past `terminator`, returning what came before it. */
  const readUntil = (terminator: string, what: string): string => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated ${what}`);
    const content = source.slice(pos, end);
    pos = end + terminator.length;
    return content;
  };

  const decode = (raw: string, start: number): string => {
    if (raw.includes('<')) fail('"<" not allowed here', start);
    return raw.replace(/&([^;&]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) fail('"&" without a reference', start);
      const known = PREDEFINED[ref];
      if (known !== undefined) return known;
      const numeric = /^#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}))$/.exec(ref);
      const code = numeric ? parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] !== undefined ? 10 : 16) : NaN;
      const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff));
      return valid ? String.fromCodePoint(code) : fail(`unknown or invalid reference ${whole}`, start);
    });
  };

  const readAttributes = (): Map<string, string> => {
    const attributes = new Map<string, string>();
    for (;;) {
      const before = pos;
      skipWhitespace();
      const next = source[pos];
      if (next === '>' || next === '/' || next === undefined) return attributes;
      if (pos === before) fail('expected whitespace before an attribute');
      const name = readName();
      skipWhitespace();
      if (source[pos] !== '=') fail('expected "="');
      pos++;
      skipWhitespace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      pos++;
      const start = pos;
      const value = decode(readUntil(quote, 'attribute value'), start);
      if (attributes.has(name)) fail(`duplicate attribute ${name}`, start);
      attributes.set(name, value);
    }
  };

  const close = (element: OpenElement) => {
    const done: XmlElement = { name: element.name, attributes: element.attributes, children: element.children, text: element.text };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  };

  while (pos < source.length) {
    if (source.startsWith('<!--', pos)) {
      pos += 4;
      readUntil('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', pos)) {
      const top = stack[stack.length - 1];
      if (!top) fail('CDATA outside the root element');
      pos += 9;
      top.text += readUntil(']]>', 'CDATA section');
    } else if (source.startsWith('<?', pos)) {
      // The XML declaration and processing instructions carry nothing we read.
      pos += 2;
      readUntil('?>', 'processing instruction');
    } else if (source.startsWith('<!', pos)) {
      fail('DOCTYPE and other declarations are not accepted');
    } else if (source.startsWith('</', pos)) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipWhitespace();
      if (source[pos] !== '>') fail('expected ">"');
      pos++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`unexpected closing tag ${name}`, at);
      close(open);
    } else if (source[pos] === '<') {
      const at = pos;
      if (root) fail('a second root element', at);
      pos++;
      const element: OpenElement = { name: readName(), attributes: readAttributes(), children: [], text: '' };
      if (++elementCount > limits.maxElements) fail('too many elements', at);
      if (source.startsWith('/>', pos)) {
        pos += 2;
        close(element);
      } else if (source[pos] === '>') {
        pos++;
        if (stack.length >= limits.maxDepth) fail('elements nested too deep', at);
        stack.push(element);
      } else {
        fail('expected ">" or "/>"');
      }
    } else {
      const start = pos;
      const end = source.indexOf('<', pos);
      pos = end < 0 ? source.length : end;
      const raw = source.slice(start, pos);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(raw, start);
      else if (raw.trim() !== '') fail('text outside the root element', start);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(`unclosed element ${unclosed.name}`);
  if (!root) fail('no root element');
  return root;
}
