/** Scrolls a deep-linked item into view and gives it focus, so keyboard and screen reader users land there too. */
export function focusTarget(target: HTMLElement): void {
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
