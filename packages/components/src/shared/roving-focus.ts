/**
 * Roving focus over a group of items, in the spirit of Spectrum's `FocusGroupController`: the group
 * is one tab stop (the item last focused, else the first), the arrow keys move between items in
 * rows (a grid: left/right within a row, up/down between rows; one row: all four walk it),
 * Home/End go to the row's first/last item (with Ctrl: the group's), and Enter/Space hand the item
 * to `choose`. Items that are hidden (by `hidden`, by the page's CSS through `::part()`, or not
 * rendered yet), disabled or gone are skipped. Items carry a `data-key`, so the tab stop stays
 * with an item across renders, and a static `tabindex="-1"` (rows that arrive later, in parts, are
 * no tab stops either); the controller moves the one `tabindex="0"`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { whenIdle } from './yield.js';

type Item = HTMLElement | SVGElement;

export interface RovingFocusOptions {
  /** The items in rows, in reading order, as rendered now (queried from the render root). */
  rows: () => Item[][];
  /** Writing direction: right to left, ArrowLeft moves forward. */
  rtl?: () => boolean;
  /** Enter or Space on an item that is not a button (a button chooses by its own click). */
  choose?: (item: Item) => void;
}

/** An item that is there and not hidden by an attribute nor disabled: asks nothing of the layout. */
const present = (item: Item): boolean => item.isConnected && !item.closest('[hidden]') && !(item as HTMLButtonElement).disabled;

/**
 * An item a reader can reach: present and not hidden by CSS. `checkVisibility()` needs the styles
 * of the page up to date: right after a render it recalculates them at once (about 150 ms with
 * 2,000 fields in the chart), so it is asked only when the browser has time or a key is pressed.
 */
const reachable = (item: Item): boolean => present(item) && (!item.checkVisibility || item.checkVisibility());

/** The item (an element with a `data-key`) an event came from. */
const itemOf = (event: Event) => (event.composedPath()[0] as Element).closest?.<Item>('[data-key]');

const clamp = (value: number, length: number) => Math.max(0, Math.min(length - 1, value));

export class RovingFocus implements ReactiveController {
  /** The `data-key` of the item last focused, and the item that holds the tab stop. */
  private active: string | undefined;
  private stop: Item | undefined;
  /** A check of whether CSS hides the tab stop waits for the browser to be idle. */
  private checkPending = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  // On the render root: a focus move inside a shadow root never reaches the host (after
  // retargeting, its target and related target are both the host). Added again on reconnection,
  // the same listener is not added twice.
  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  /**
   * One tab stop after each render: the active item, else the first one, if present; whether CSS
   * hides it is checked when the browser is idle (the styles are up to date by then, so asking
   * costs nothing), and a hidden one hands the tab stop on.
   */
  hostUpdated(): void {
    this.place(present);
    if (this.checkPending) return;
    this.checkPending = true;
    whenIdle(() => {
      this.checkPending = false;
      if (this.host.isConnected) this.place(reachable);
    });
  }

  /** The tab stop on the active item if it passes `can`, else on the first one that does. */
  private place(can: (item: Item) => boolean): void {
    const items = this.options.rows().flat();
    const stop = items.find((item) => item.dataset['key'] === this.active && can(item)) ?? items.find(can);
    if (stop !== this.stop) this.stop?.setAttribute('tabindex', '-1');
    stop?.setAttribute('tabindex', '0');
    this.stop = stop;
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const item = itemOf(event);
    if (!item) return;
    this.active = item.dataset['key'];
    this.place(reachable);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const item = itemOf(event);
    if (!item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (item instanceof HTMLButtonElement || !this.options.choose) return;
      event.preventDefault();
      this.options.choose(item);
      return;
    }
    // Only what a reader can reach; the current item is focused, so it is among them.
    const rows = this.options
      .rows()
      .map((row) => row.filter((i) => i === item || reachable(i)))
      .filter((row) => row.length);
    const row = rows.findIndex((r) => r.includes(item));
    if (row < 0) return;
    const col = rows[row]!.indexOf(item);
    const forward = this.options.rtl?.() ? -1 : 1;
    const single = rows.length === 1;
    const target = (
      {
        ArrowRight: [row, col + forward],
        ArrowLeft: [row, col - forward],
        ArrowDown: single ? [row, col + 1] : [row + 1, col],
        ArrowUp: single ? [row, col - 1] : [row - 1, col],
        Home: event.ctrlKey ? [0, 0] : [row, 0],
        End: event.ctrlKey ? [rows.length - 1, Infinity] : [row, Infinity],
      } as Record<string, [number, number]>
    )[event.key];
    if (!target) return;
    event.preventDefault();
    const targetRow = rows[clamp(target[0], rows.length)]!;
    targetRow[clamp(target[1], targetRow.length)]!.focus();
  };
}
