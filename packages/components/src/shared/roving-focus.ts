/**
 * Roving focus over a group of items, in the spirit of Spectrum's `FocusGroupController`: the group
 * is one tab stop (the item last focused, else the first), the arrow keys move between items in
 * rows (a grid: left/right within a row, up/down between rows; one row: all four walk it),
 * Home/End go to the row's first/last item (with Ctrl: the group's), and Enter/Space hand the item
 * to `choose`. Items that are hidden (by `hidden`, by the page's CSS through `::part()`, or not
 * rendered yet), disabled or gone are skipped. The controller sets the items' `tabindex` itself
 * after each update, so templates do not bind it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

type Item = HTMLElement | SVGElement;

export interface RovingFocusOptions {
  /** The items in rows, in reading order, as rendered now (queried from the render root). */
  rows: () => Item[][];
  /** Writing direction: right to left, ArrowLeft moves forward. */
  rtl?: () => boolean;
  /** Enter or Space on an item that is not a button (a button chooses by its own click). */
  choose?: (item: Item) => void;
}

/** An item a reader can reach: rendered, not hidden by an attribute or by CSS, not disabled. */
function reachable(item: Item): boolean {
  if (!item.isConnected || item.closest('[hidden]') || (item as HTMLButtonElement).disabled || item.getAttribute('aria-disabled') === 'true') return false;
  return typeof item.checkVisibility === 'function' ? item.checkVisibility() : true;
}

/** Writes `tabindex` only where it changes: a chart has up to a thousand parts, and an update touches none of them. */
function setTabIndex(item: Item, value: number): void {
  if (item.getAttribute('tabindex') !== String(value)) item.tabIndex = value;
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(length - 1, value));

export class RovingFocus implements ReactiveController {
  /** The key (`data-key`, else the element itself) of the item that holds the tab stop. */
  private active: string | Item | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  // On the render root: a focus move inside a shadow root never reaches the host (after
  // retargeting, its target and related target are both the host).
  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  /** One tab stop: the active item if a reader can reach it, else the first one that can be reached. */
  hostUpdated(): void {
    const items = this.options.rows().flat();
    const active = items.find((item) => this.isActive(item) && reachable(item)) ?? items.find(reachable);
    for (const item of items) setTabIndex(item, item === active ? 0 : -1);
  }

  private isActive(item: Item): boolean {
    return this.active === item || (item.dataset['key'] !== undefined && this.active === item.dataset['key']);
  }

  /** The item an event came from. */
  private itemOf(event: Event, rows: Item[][]): Item | undefined {
    const items = new Set(rows.flat());
    return event.composedPath().find((node): node is Item => items.has(node as Item));
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const rows = this.options.rows();
    const item = this.itemOf(event, rows);
    if (!item) return;
    this.active = item.dataset['key'] ?? item;
    for (const other of rows.flat()) setTabIndex(other, other === item ? 0 : -1);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const all = this.options.rows();
    const item = this.itemOf(event, all);
    if (!item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (item instanceof HTMLButtonElement || !this.options.choose) return;
      event.preventDefault();
      this.options.choose(item);
      return;
    }
    // Only what a reader can reach; the current item is focused, so it is among them.
    const rows = all.map((row) => row.filter((i) => i === item || reachable(i))).filter((row) => row.length);
    const row = rows.findIndex((r) => r.includes(item));
    const col = rows[row]!.indexOf(item);
    const forward = this.options.rtl?.() ? -1 : 1;
    const single = rows.length === 1;
    const targets: Record<string, [number, number]> = {
      ArrowRight: [row, col + forward],
      ArrowLeft: [row, col - forward],
      ArrowDown: single ? [row, col + 1] : [row + 1, col],
      ArrowUp: single ? [row, col - 1] : [row - 1, col],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [rows.length - 1, Infinity] : [row, Infinity],
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    const targetRow = rows[clamp(target[0], rows.length)]!;
    const next = targetRow[clamp(target[1], targetRow.length)]!;
    this.active = next.dataset['key'] ?? next;
    next.focus();
  };
}
