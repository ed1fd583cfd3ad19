/**
 * R10.2 mail HTML made safe to show: DOMPurify (HTML only, no SVG/MathML; no forms, frames,
 * media, links to stylesheets, meta or base), links kept only for http(s) and mailto and sent
 * to a new window (the app's window-open handler hands them to the system browser), remote
 * images stripped until the user shows them. The result is a srcdoc for a sandboxed iframe
 * with its own Content-Security-Policy, the real barrier: nothing but inline styles and data:
 * images, plus http(s) images once allowed. Scripts never run: the frame has no allow-scripts.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

export const BLOCKED_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
export const IMAGES_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

export interface PreparedHtml {
  srcdoc: string;
  /** a first height for the frame, estimated from the content, until the loaded frame is measured */
  height: number;
  /** the mail refers to remote content (images, backgrounds) that is blocked until shown */
  hasRemote: boolean;
}

const FORBID_TAGS = [
  'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'link', 'meta', 'base', 'audio', 'video', 'source', 'track', 'picture', 'portal', 'noscript', 'template',
];
const FORBID_ATTR = ['action', 'formaction', 'ping', 'srcdoc', 'http-equiv'];
/** attributes that make the browser fetch a URL */
const URL_ATTRS = ['src', 'background', 'poster', 'lowsrc', 'dynsrc'];
const REMOTE_URL = /^\s*(?:https?:)?\/\//i;
const CSS_REMOTE = /url\s*\(\s*['"]?\s*(?:https?:)?\/\/|@import|image-set\s*\(/i;
const SAFE_HREF = /^\s*(?:https?:|mailto:)/i;

interface Pass {
  showRemote: boolean;
  foundRemote: boolean;
}
let pass: Pass = { showRemote: false, foundRemote: false };
let purifier: Purifier | undefined;

function linkOut(el: Element): void {
  const href = el.getAttribute('href');
  if (href === null) return;
  if (!SAFE_HREF.test(href)) {
    el.removeAttribute('href');
    return;
  }
  el.setAttribute('target', '_blank');
  el.setAttribute('rel', 'noopener noreferrer');
}

function remoteAttrs(el: Element): void {
  for (const name of URL_ATTRS) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    if (REMOTE_URL.test(value)) {
      pass.foundRemote = true;
      if (!pass.showRemote) el.removeAttribute(name);
    } else if (name !== 'src' || !/^\s*data:image\//i.test(value)) {
      // cid: parts and relative paths cannot be resolved here; nothing to fetch
      el.removeAttribute(name);
    }
  }
  if (el.hasAttribute('srcset')) {
    pass.foundRemote = true;
    if (!pass.showRemote) el.removeAttribute('srcset');
  }
  if (CSS_REMOTE.test(el.getAttribute('style') ?? '')) pass.foundRemote = true;
}

function instance(): Purifier {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && CSS_REMOTE.test(node.textContent ?? '')) pass.foundRemote = true;
  });
  p.addHook('afterSanitizeAttributes', (el) => {
    if (el.tagName === 'A' || el.tagName === 'AREA') linkOut(el);
    remoteAttrs(el);
  });
  purifier = p;
  return p;
}

const BASE_STYLE = [
  ':root { color-scheme: light; }',
  'html, body { margin: 0; background: #fff; color: #1d1d1f; }',
  "body { padding: 14px 16px; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; overflow-wrap: anywhere; }",
  'img { max-width: 100%; height: auto; }',
  'table { max-width: 100%; }',
  'pre { white-space: pre-wrap; }',
  'blockquote { margin: 0 0 0 4px; padding-left: 10px; border-left: 3px solid #d6d6d2; color: #55555a; }',
  'a { color: #2f6fed; }',
].join('\n');

/**
 * Inline event handlers renamed before parsing: DOMPurify drops them anyway, but Chromium checks
 * the app's CSP as soon as a parser sets one (even in an inert document) and logs a violation
 * for each. A data-* name is dropped by DOMPurify too (ALLOW_DATA_ATTR false) and logs nothing.
 * Not a security measure: one the pattern misses is still removed by DOMPurify.
 */
function renameHandlers(html: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/([\s/"'])on([a-z]+\s*=)/gi, '$1data-bc-on$2'));
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The sanitized mail as a document for the sandboxed frame. */
export function prepareMailHtml(html: string, showRemote: boolean): PreparedHtml {
  pass = { showRemote, foundRemote: false };
  const root = instance().sanitize(renameHandlers(html), {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
  });
  const element = root instanceof Element ? root : undefined;
  const styles = element ? [...element.querySelectorAll('head style')].map((s) => s.outerHTML).join('\n') : '';
  const body = element?.querySelector('body')?.innerHTML ?? '';
  const csp = showRemote ? IMAGES_CSP : BLOCKED_CSP;
  const srcdoc =
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">` +
    '<meta name="referrer" content="no-referrer">' +
    `<style>${BASE_STYLE}</style>${styles}</head><body>${body}</body></html>`;
  return { srcdoc, hasRemote: pass.foundRemote, height: element ? estimateHeight(element) : MIN_HEIGHT };
}

const MIN_HEIGHT = 60;
const MAX_HEIGHT = 720;
const BLOCKS = 'p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, br, hr, table';

/**
 * A first height from what the sanitized mail holds (blocks, text, sized images), so the thread
 * does not jump much when the loaded frame is measured (useFrameHeight).
 */
function estimateHeight(root: Element): number {
  const body = root.querySelector('body') ?? root;
  const text = (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const blocks = body.querySelectorAll(BLOCKS).length;
  const headings = body.querySelectorAll('h1, h2').length;
  const images = [...body.querySelectorAll('img')].reduce((sum, img) => sum + Math.min(400, Number(img.getAttribute('height')) || 0), 0);
  const estimate = 32 + Math.ceil(text.length / 55) * 22 + blocks * 26 + headings * 40 + images;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, estimate));
}
