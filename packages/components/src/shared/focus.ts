/**
 * Scrolls a deep-linked item into view and gives it focus, so keyboard and screen reader users land
 * there too. `scrollTo` is the block to bring to the top when the focused control sits inside it.
 *
 * The jump is instant even where a theme scrolls smoothly (`scroll-behavior: smooth`: the animation
 * aimed at where the box was before the page had finished its layout, and stopped 400 px off).
 * The block's `scroll-margin` keeps space above it (`--konzept-sticky-header-height` adds a sticky
 * header of the page); a fixed or sticky header that still covers the block is scrolled past.
 */
export function scrollAndFocus(target: HTMLElement, scrollTo: Element = target): void {
  scrollTo.scrollIntoView({ block: 'start', behavior: 'instant' });
  uncover(scrollTo);
  target.focus({ preventScroll: true });
}

/** Scrolls the page up by what a fixed or sticky element of the page (a site header) covers of the block's top. */
function uncover(block: Element): void {
  const root = block.getRootNode();
  const own = root instanceof ShadowRoot ? root.host : block;
  const box = block.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.max(box.top, 0);
  let covered = 0;
  // Topmost first, as the page retargets them (an element's shadow content is its host): anything
  // in front of the element itself is the page's.
  for (const node of document.elementsFromPoint(x, y)) {
    if (node === own || node.contains(own)) break;
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') covered = Math.max(covered, node.getBoundingClientRect().bottom - box.top);
  }
  if (covered > 0) scrollBy({ top: -(covered + (parseFloat(getComputedStyle(block).scrollMarginTop) || 0)), behavior: 'instant' });
}
