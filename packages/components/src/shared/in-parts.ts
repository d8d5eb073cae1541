/**
 * Long lists inside a box or a change (100,000 partners are valid) are shown in parts: the first
 * `LIST_STEP` items and a button that shows `LIST_STEP` more, so neither opening a box nor a click
 * renders more than a few hundred rows (100,000 partners once blocked the tab for 10 s). How far
 * each list is opened is kept per list (the frozen array of the concept, or a key the caller gives),
 * so it survives re-renders and is forgotten with the concept.
 *
 * Within a part the rows arrive `RENDER_STEP` at a time (`growing`): 200 rows of the chart's fields
 * view took 60–120 ms in one task, 50 take a quarter of that. The steps of all lists on the page
 * share the frames (`growSoon`): a diff of 60 changes grew 120 lists at once, and the browser's
 * layout of what they added between two frames took 300–700 ms in one task. After "show more" the
 * focus moves to the first new row and a status line says how many are shown, so a keyboard user
 * is not left on the body when the last part removes the button.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { KonzeptElement } from './konzept-element.js';
import { SLICE_MS, yieldToMain } from './yield.js';

/** Rows per part: a part renders in a few tasks; the first part is all a reader of a normal export ever sees. */
export const LIST_STEP = 200;
/** Rows rendered per task while a part fills up. */
export const RENDER_STEP = 50;

/** What one frame of growing may cost, the browser's style and layout of the new rows included (script and layout are two tasks: each about a slice). */
const FRAME_BUDGET_MS = 2 * SLICE_MS;
/** A list this short shows all its rows at once, whatever else starts in the same frame. */
const SHORT_LIST = 20;
/** Rows that lists starting between two frames show at once, together. */
const FIRST_ROWS_PER_FRAME = 4 * RENDER_STEP;
/** A frame does not come while the page is hidden: growing goes on after this long anyway. */
const FRAME_TIMEOUT_MS = 200;

const opened = new WeakMap<object, number>();
const said = new WeakMap<object, string>();
let revision = 0;

/** Changes with every "show more": rows rendered once (the accordion's `guard`) list it, to show the new part. */
export function partsRevision(): number {
  return revision;
}

export type PartsHost = Pick<KonzeptElement, 't' | 'formatNumber' | 'requestUpdate'>;

/**
 * Renders `items` `RENDER_STEP` more per update, and updates itself in a new task until all are
 * there. The count lives with the DOM it fills: a box closed and opened again starts small again.
 */
class Growing extends AsyncDirective {
  private items: readonly unknown[] = [];
  private row: (item: never, index: number) => unknown = () => nothing;
  /** The rows rendered so far: a step adds rows, the ones before are passed on as they are (cheap for Lit to compare). */
  private rows: unknown[] = [];
  /** With `same`: the rows of the last render by item, reused while `same` is unchanged. */
  private byItem = new Map<unknown, unknown>();
  private same: readonly unknown[] = [];

  render(items: readonly unknown[], row: (item: never, index: number) => unknown, same?: readonly unknown[]): unknown {
    // A render of the element keeps the rows there are (60 lists growing with every update of the
    // element made each update slower than the last); the first render and "show more" add a step.
    const shown = this.rows.length;
    const more = shown === 0 || (items.length > this.items.length && shown >= this.items.length);
    const count = Math.min(items.length, shown === 0 ? firstRows(items.length) : more ? shown + RENDER_STEP : shown);
    const reuse = same !== undefined && same.length === this.same.length && same.every((value, i) => value === this.same[i]);
    if (!reuse) this.byItem = new Map();
    this.same = same ?? [];
    this.items = items;
    this.row = (item, i) => {
      if (same === undefined) return row(item, i);
      let rendered = this.byItem.get(item);
      if (rendered === undefined) this.byItem.set(item, (rendered = row(item, i)));
      return rendered;
    };
    this.rows = items.slice(0, count).map((item, i) => this.row(item as never, i));
    return this.next();
  }

  private next(): unknown[] {
    if (this.rows.length < this.items.length) this.later();
    return this.rows;
  }

  private later(): void {
    growSoon(this);
  }

  /** Renders `RENDER_STEP` more rows (`growSoon` calls it when the step's turn has come). */
  step(): void {
    const { items, rows } = this;
    if (!this.isConnected || rows.length >= items.length) return;
    const end = Math.min(items.length, rows.length + RENDER_STEP);
    this.rows = [...rows, ...items.slice(rows.length, end).map((item, i) => this.row(item as never, rows.length + i))];
    this.setValue(this.next());
  }

  protected override reconnected(): void {
    if (this.rows.length < this.items.length) this.later();
  }
}

/**
 * Rows a list shows on its first render: `RENDER_STEP`, while the lists that started since the last
 * frame have not taken `FIRST_ROWS_PER_FRAME` yet, else none (they come with the steps). 60 changes
 * whose texts were compared in one piece start their lists in one update, 3,000 rows to lay out at
 * once. A short list (two partners, a sentence with one word changed) is always shown at once.
 */
function firstRows(total: number): number {
  if (total <= SHORT_LIST) return total;
  if (firstRowsTaken === 0) void afterFrame().then(() => (firstRowsTaken = 0));
  const rows = Math.max(0, Math.min(RENDER_STEP, FIRST_ROWS_PER_FRAME - firstRowsTaken));
  firstRowsTaken += rows;
  return rows;
}
let firstRowsTaken = 0;

/** Lists waiting for their next step, in the order they asked (each takes its turn). */
const toGrow = new Set<Growing>();
/** Steps per frame: halved when a frame took more than FRAME_BUDGET_MS, one more when it took less than half. */
let stepsPerFrame = 4;
let growingAll = false;

/** After the next frame: resolves with how long the browser took to render it (style, layout, paint). */
function afterFrame(): Promise<number> {
  return new Promise((done) => {
    let framed = -1;
    const timer = setTimeout(() => done(0), FRAME_TIMEOUT_MS);
    requestAnimationFrame(() => {
      framed = performance.now();
      // A task queued in the frame runs after its rendering.
      setTimeout(() => {
        clearTimeout(timer);
        done(performance.now() - framed);
      }, 0);
    });
  });
}

async function growAll(): Promise<void> {
  growingAll = true;
  try {
    while (toGrow.size) {
      await yieldToMain();
      const start = performance.now();
      for (const list of [...toGrow].slice(0, stepsPerFrame)) {
        toGrow.delete(list);
        list.step();
      }
      const script = performance.now() - start;
      const rendering = await afterFrame();
      const cost = script + rendering;
      stepsPerFrame = cost > FRAME_BUDGET_MS ? Math.max(1, stepsPerFrame >> 1) : cost < FRAME_BUDGET_MS / 2 ? stepsPerFrame + 1 : stepsPerFrame;
    }
  } finally {
    // A step that failed must not stop the lists that ask later.
    growingAll = false;
  }
}

/** Lists are still growing towards their first part (a test waits for the page to be complete). */
export function listsGrowing(): boolean {
  return growingAll;
}

/** Queues a list's next step; the steps of all lists run a few per frame, so the browser renders each few before the next. */
function growSoon(list: Growing): void {
  toGrow.add(list);
  if (!growingAll) void growAll();
}

const grow = directive(Growing);

/**
 * The rows of `items`, `RENDER_STEP` more per task: use it where a list would `items.map(row)`.
 * Always the directive, also for short lists: a list that grows past RENDER_STEP ("show more")
 * must keep its rows in place, or the focus could not move to the first new one. `same` lists
 * everything a row shows besides its item (the language, the two lists compared …): while it is
 * unchanged, a row once rendered is not rendered again (the diff renders all its changes on every
 * update).
 */
export function growing<T>(items: readonly T[], row: (item: T, index: number) => unknown, same?: readonly unknown[]): unknown {
  return grow(items, row as (item: never, index: number) => unknown, same);
}

/**
 * The element to focus after "show more": the first row after `last`, the last row shown before.
 * A list (`<ul>`, `<ol>`, or a container marked `in-parts`, such as a paragraph of a word diff)
 * before the button holds the rows; a button in a table cell follows its row.
 */
function lastRowBefore(button: Element): Element | null {
  let at: Element | null = button;
  while (at && !at.previousElementSibling) at = at.parentElement;
  const before = at?.previousElementSibling ?? null;
  return before?.matches('ul, ol, .in-parts') ? before.lastElementChild : before;
}

const FOCUSABLE = 'a[href], button, summary, input, select, textarea, [tabindex]';

/** The row itself where it can take focus, else its first control (a link, a chart's button, a box's summary), else the row made focusable. */
function focusRow(row: Element): void {
  const target = row.matches(FOCUSABLE) ? row : (row.querySelector(FOCUSABLE) ?? row);
  if (!(target instanceof HTMLElement)) return;
  if (!target.matches(FOCUSABLE)) target.tabIndex = -1;
  target.focus();
}

/** The items to render now (render them with `growing`), and the "show more" button after them (or `nothing`); `step` items per part. */
export function inParts<T>(
  host: PartsHost,
  items: readonly T[],
  key: object = items,
  step = LIST_STEP,
): { items: readonly T[]; more: TemplateResult | typeof nothing } {
  if (items.length <= step) return { items, more: nothing };
  const shown = Math.min(items.length, opened.get(key) ?? step);
  const count = Math.min(step, items.length - shown);
  const button =
    shown < items.length
      ? html`<button
          type="button"
          part="button"
          class="button button--small show-more"
          @click=${(event: Event) => {
            const button = event.currentTarget as Element;
            const last = lastRowBefore(button);
            const element = (button.getRootNode() as ShadowRoot).host as ReactiveElement;
            opened.set(key, shown + count);
            said.set(key, host.t('list.shown', { shown: host.formatNumber(shown + count), total: host.formatNumber(items.length) }));
            revision++;
            host.requestUpdate();
            void element.updateComplete.then(() => {
              const first = last?.nextElementSibling;
              if (first && !first.matches('.show-more, .more-row, [role="status"]')) focusRow(first);
            });
          }}
        >
          ${host.t('list.more', { count: host.formatNumber(count), shown: host.formatNumber(shown), total: host.formatNumber(items.length) })}
        </button>`
      : nothing;
  // The status line stays when the button goes: it says "2,000 of 2,000 shown" after the last part.
  const more = html`${button}<span class="visually-hidden" role="status">${said.get(key) ?? ''}</span>`;
  return { items: items.slice(0, shown), more };
}

/** A list of the export's as `<ul>` (or `<ol>`), in parts, with its "show more" button after it. */
export function partList<T>(
  host: PartsHost,
  values: readonly T[],
  render: (value: T) => unknown,
  className = 'plain-list',
  tag: 'ul' | 'ol' = 'ul',
): TemplateResult {
  const { items, more } = inParts(host, values);
  const rows = growing(items, render);
  return tag === 'ol' ? html`<ol class=${className}>${rows}</ol>${more}` : html`<ul class=${className}>${rows}</ul>${more}`;
}

const keys = new WeakMap<object, Map<string, object>>();

/** A stable key for a list derived anew on each render (e.g. a field group of a concept): one object per owner and name. */
export function partKey(owner: object, name: string): object {
  let byName = keys.get(owner);
  if (!byName) keys.set(owner, (byName = new Map()));
  let key = byName.get(name);
  if (!key) byName.set(name, (key = {}));
  return key;
}
