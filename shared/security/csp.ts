/**
 * The Content-Security-Policy of the app's pages. One definition, used by the app:// protocol
 * and by the test/demo server, so tests run under the same policy as the app.
 * - no inline script, no eval, nothing from other origins;
 * - styles: 'unsafe-inline' is needed by React's style attributes; no remote styles;
 * - img: data/blob for attachments and inline images; remote mail images never load in the app
 *   frame (mail HTML renders in its own sandboxed iframe with its own policy);
 * - connect 'self' also admits the test bridge's WebSocket on the same origin.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
