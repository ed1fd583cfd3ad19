/** Joins the class names that are set: cx('btn', busy && 'busy') → "btn busy". */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
