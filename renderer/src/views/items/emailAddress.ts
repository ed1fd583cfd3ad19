/** Whether typed text looks like an email address (the store checks the same shape). */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text.trim());
}
