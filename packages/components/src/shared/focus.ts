/**
 * Scrolls a deep-linked item into view and gives it focus, so keyboard and screen reader users land
 * there too. `scrollTo` is the block to bring to the top when the focused control sits inside it.
 */
export function scrollAndFocus(target: HTMLElement, scrollTo: Element = target): void {
  scrollTo.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
