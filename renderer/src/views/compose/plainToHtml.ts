/**
 * The HTML alternative of a plain-text body, made from the text alone: every character escaped,
 * line breaks kept, quoted lines ("> ...") set as blockquotes. No markup the user typed survives
 * as markup, so nothing can be injected into the recipient's HTML view.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Depth of a quoted line: "> a" is 1, ">> a" and "> > a" are 2. */
function quoteDepth(line: string): { depth: number; rest: string } {
  const match = /^((?:>\s?)+)/.exec(line);
  if (!match?.[1]) return { depth: 0, rest: line };
  return { depth: (match[1].match(/>/g) ?? []).length, rest: line.slice(match[1].length) };
}

export function plainToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let depth = 0;
  for (const line of lines) {
    const quoted = quoteDepth(line);
    while (depth < quoted.depth) {
      out.push('<blockquote style="margin:0 0 0 0.8ex;border-left:2px solid #ccc;padding-left:1ex">');
      depth += 1;
    }
    while (depth > quoted.depth) {
      out.push('</blockquote>');
      depth -= 1;
    }
    out.push(`${escapeHtml(quoted.rest)}<br>`);
  }
  while (depth > 0) {
    out.push('</blockquote>');
    depth -= 1;
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div style="font-family:sans-serif;white-space:pre-wrap">${out.join('')}</div></body></html>`;
}
