/**
 * The Content-Security-Policy of the app's pages. One definition, used by the app:// protocol
 * and by the test/demo server, so tests run under the same policy as the app.
 * - no inline script, no eval, nothing from other origins except images (below);
 * - styles: 'unsafe-inline' is needed by React's style attributes; no remote styles;
 * - img: data/blob for attachments and inline images, and http(s) because a mail's sandboxed
 *   srcdoc frame INHERITS this policy (about:srcdoc is a local-scheme document; its own meta CSP
 *   can only narrow it): the frame's own policy blocks remote images until the user clicks
 *   "Show images" (R10.2), which could never load them if this one forbade them. The app frame
 *   itself renders no mail HTML (React escapes text), so it gains no way to load one by itself;
 * - connect 'self' also admits the test bridge's WebSocket on the same origin.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
