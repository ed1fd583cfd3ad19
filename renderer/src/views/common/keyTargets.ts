/** Where a key press came from: typing in a field, or a place where shortcuts apply. */

const NOT_TYPING_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPING_INPUTS.has(target.type);
}

/** A press on the list itself, or on nothing in particular (the page body). */
export function isListOrBody(target: EventTarget | null, list: HTMLElement | null): boolean {
  return target === document.body || target === document.documentElement || (list !== null && target === list);
}

/** Inside a dialog (modal, or the docked compose panel): the dialog handles its own keys. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="dialog"]') !== null;
}

/** A modal dialog is open: the page under it takes no keys. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null;
}
