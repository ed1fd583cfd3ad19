/** Links in mail and in the app open in the system browser, and only these kinds. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:';
  } catch {
    // handled: not a URL: never opened
    return false;
  }
}
