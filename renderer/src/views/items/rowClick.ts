/** A click anywhere on a list row opens its record too (the name's button is the keyboard way). */
import type { MouseEvent } from 'react';

export function rowClick(open: () => void): (event: MouseEvent<HTMLElement>) => void {
  return (event) => {
    if (event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea')) return;
    open();
  };
}
