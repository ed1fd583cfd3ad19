/**
 * Saves text as a file the way a web page does: a Blob behind an anchor with `download`. In the
 * app Electron shows its save dialog for it; in tests (Chromium without Electron) it is an
 * ordinary download, so the same path is tested.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // the download has its own reference to the blob once it started
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
