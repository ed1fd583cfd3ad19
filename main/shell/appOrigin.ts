/**
 * The app's own origin and the checks that depend on it. No electron import: unit-tested in Node.
 */
import { extname, join, normalize, sep } from 'node:path';

export const APP_SCHEME = 'app';
const APP_HOST = 'blindcopy';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const DEEP_LINK_SCHEME = 'blindcopy';

/** Only frames of our own origin may call into main (IPC sender validation). */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    // handled: not a URL: not our origin
    return false;
  }
}

/**
 * Maps an app:// URL to a file under the renderer's build folder, or undefined for anything
 * outside it (path traversal, other hosts).
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | undefined {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    // handled: not a URL: nothing to serve
    return undefined;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    // handled: a malformed escape: nothing to serve
    return undefined;
  }
  if (path === '/' || path === '') path = '/index.html';
  if (path.includes('\0')) return undefined;
  const root = normalize(rendererRoot + sep);
  const file = normalize(join(root, path));
  return file.startsWith(root) ? file : undefined;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** blindcopy:// links arrive as command-line arguments on Windows/Linux (second instance). */
export function deepLinkFromArgv(argv: readonly string[]): string | undefined {
  return argv.find((a) => a.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`));
}
