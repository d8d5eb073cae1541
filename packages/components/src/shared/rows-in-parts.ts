/**
 * A page of 200 measure boxes or changes is too much for one task: 50–75 ms on a desktop, four
 * times that on a phone, and the page cannot answer a tap meanwhile. The first part renders at
 * once (a screen and more); each later part renders in a task of its own when the browser is idle,
 * or at once when the reader scrolls near the end of what is there. Parts are sized by time (what
 * the last part took per row), so a slow phone gets smaller parts. In the end every row is in the
 * DOM and the accessibility tree: a screen reader's list of headings and the browser's find in
 * page see them all, which `content-visibility` would not give.
 *
 * `await element.updateComplete` renders the rest in one more update (`settle`): code that awaits
 * it sees the whole page, as before, at about the cost of one render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle, yieldToMain } from './yield.js';

/**
 * Rows of the first part, rendered with the rest of the element (unless the element asks for
 * another number): a screen and more of changes. Fifty made the diff's first render on the demo a
 * task of 40–100 ms, with a layout as long after it.
 */
export const FIRST_PART = 20;
/** What a later part may take: with the layout that follows, well under a long task (50 ms) even at a phone's speed. */
const PART_MS = 8;
const MIN_PART = 10;
const MAX_PART = 200;
/** A later part waits for the browser to be idle, but not longer than this. */
const IDLE_TIMEOUT_MS = 500;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class RowsInParts implements ReactiveController {
  private list: unknown;
  private rendered = 0;
  private wanted = 0;
  private part: number;
  private hurried = false;
  /** Someone awaits the update: the next part is all the rest. */
  private whole = false;
  private scheduled?: () => void;
  private updateStart = 0;
  private renderedBefore = 0;
  private observer?: IntersectionObserver;
  private watched?: Element;
  private readonly waiting: (() => void)[] = [];

  /**
   * `rowSelector` finds the rendered rows; the last one is watched to render the next part before
   * the reader reaches it. `first`: rows of the first part (a screen and more).
   */
  constructor(
    private readonly host: Host,
    private readonly rowSelector: string,
    private readonly first = FIRST_PART,
  ) {
    this.part = first;
    host.addController(this);
  }

  /** How many of the `total` rows of `list` to render now; another list starts with the first part again. */
  count(list: unknown, total: number): number {
    if (list !== this.list) {
      this.list = list;
      this.rendered = this.first;
    }
    this.wanted = total;
    return Math.min(this.rendered, total);
  }

  /** Rows are still to come. */
  get pending(): boolean {
    return this.rendered < this.wanted;
  }

  /**
   * Renders the rest without waiting for idle time (a deep link to a later row, a jump, or someone
   * awaits the update); also the rows a coming update asks for.
   */
  hurry(): void {
    this.hurried = true;
    if (this.scheduled) {
      this.cancel();
      this.schedule();
    }
  }

  /** For the host's `getUpdateComplete`: the update, and then every part still to come. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.pending && this.host.isConnected) {
      this.whole = true;
      this.hurry();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      done = await update();
    }
    return done;
  }

  hostUpdate(): void {
    this.updateStart = performance.now();
    this.renderedBefore = Math.min(this.rendered, this.wanted);
  }

  hostUpdated(): void {
    const now = Math.min(this.rendered, this.wanted);
    const added = now - this.renderedBefore;
    // The first part includes the element's own first render (and compiling its code): it
    // overstates the time per row, which only makes the second part smaller than it could be
    // (a second part as large as the first was a long task of its own on a phone).
    if (added > 0) {
      const perRow = (performance.now() - this.updateStart) / added;
      this.part = Math.max(MIN_PART, Math.min(MAX_PART, Math.round(PART_MS / Math.max(perRow, 0.001))));
    }
    for (const resolve of this.waiting.splice(0)) resolve();
    if (this.pending) {
      if (!this.scheduled) this.schedule();
      this.watchLastRow();
    } else {
      this.hurried = false;
      this.unwatch();
    }
  }

  hostDisconnected(): void {
    this.cancel();
    this.unwatch();
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  private next = (): void => {
    this.cancel();
    if (!this.pending) return;
    this.rendered = this.whole ? this.wanted : Math.min(this.wanted, this.rendered + this.part);
    this.whole = false;
    this.host.requestUpdate();
  };

  /** The next part when the browser is idle, or in the next task when hurried or where it has no idle callbacks. A cancelled one does nothing when it comes. */
  private schedule(): void {
    let live = true;
    const next = () => live && this.next();
    if (this.hurried || !('requestIdleCallback' in globalThis)) void yieldToMain().then(next);
    else whenIdle(next, IDLE_TIMEOUT_MS);
    this.scheduled = () => (live = false);
  }

  private cancel(): void {
    this.scheduled?.();
    this.scheduled = undefined;
  }

  /** The reader scrolls towards the end of what is rendered: the next part now, not when idle. */
  private watchLastRow(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const rows = this.host.renderRoot.querySelectorAll(this.rowSelector);
    const last = rows[rows.length - 1];
    if (!last || last === this.watched) return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && this.pending && !this.hurried) {
          this.cancel();
          this.hurried = true;
          this.schedule();
        }
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = last;
    this.observer.observe(last);
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = undefined;
  }
}
