/**
 * Put a pane back at its top, whichever element scrolls it: on a wide screen the pane scrolls
 * itself (overflow: auto); on a phone the page scrolls, the map above the pane, and a page scrolled
 * past the pane's top is brought back to it.
 */
export function scrollToTop(pane: HTMLElement): void {
  pane.scrollTop = 0;
  if (pane.getBoundingClientRect().top < 0) pane.scrollIntoView({ block: 'start' });
}
