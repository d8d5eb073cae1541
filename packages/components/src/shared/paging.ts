/**
 * Long lists in pages (the accordion's measures, the diff's changes): cut after `limit` items in
 * all, and a "show more" line says how many are shown and reveals the next page. Two versions with
 * 10,000 measures each differ in about 2,000 changes, each with word diffs: all of them at once take
 * half a second and 160,000 DOM nodes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from './i18n.js';
import type { KonzeptElement } from './konzept-element.js';

/** One list of a view with the items of it that fit into the page. */
export interface PageSlice<L, T> {
  readonly list: L;
  readonly items: readonly T[];
}

/**
 * The first `limit` items over all lists, in order. One limit for the whole view, not one per
 * field: a concept has up to 60 fields, so a page per field would still render thousands of
 * changes and put a button into every field; one limit keeps the first render the same size
 * whatever the number of fields, with one button and one count, as in the accordion.
 * A list that does not fit whole keeps its heading and shows its first items; later lists wait.
 */
export function firstPage<L, T>(lists: readonly L[], items: (list: L) => readonly T[], limit: number): PageSlice<L, T>[] {
  const page: PageSlice<L, T>[] = [];
  let left = limit;
  for (const list of lists) {
    if (left <= 0) break;
    const all = items(list);
    page.push({ list, items: all.length <= left ? all : all.slice(0, left) });
    left -= all.length;
  }
  return page;
}

/** The limit that shows the item at `index`: whole pages, as "show more" would have reached it. */
export function limitShowing(index: number, limit: number, pageSize: number): number {
  return index < limit ? limit : Math.ceil((index + 1) / pageSize) * pageSize;
}

/** Per element: the total a "show more" was clicked at, and how many were shown before it. */
const clicked = new WeakMap<object, { readonly total: number; readonly before: number }>();

/**
 * "200 von 2.212 angezeigt" and the button for the next page, while not all are shown (call it on
 * the last page too: it keeps the status line). The line with the button is not a live region:
 * the count of the selection above already is one (a filter would be announced twice). After a
 * click, a hidden status line says how many are shown now, and stays when the last page removes
 * the button; "show more" moves the focus to the first new item, which a screen reader reads out.
 */
export function renderMore(
  host: Pick<KonzeptElement, 't' | 'formatNumber'>,
  shown: number,
  total: number,
  onMore: () => void,
  words: MoreWords,
): TemplateResult {
  const last = clicked.get(host);
  const said =
    last && last.total === total && shown > last.before ? host.t(words.count, { shown: host.formatNumber(shown), total: host.formatNumber(total) }) : '';
  const more = () => {
    clicked.set(host, { total, before: shown });
    // Lit called the handler with the element as `this`; the elements pass their methods.
    onMore.call(host);
  };
  return html`${
    shown < total
      ? html`<div class="more" part="more">
          <span class="more__count">${host.t(words.count, { shown: host.formatNumber(shown), total: host.formatNumber(total) })}</span>
          <button type="button" part="button" class="button" @click=${more}>${host.t(words.more)}</button>
        </div>`
      : nothing
  }<span class="visually-hidden" role="status">${said}</span>`;
}

/** The element's words for the count ("{shown} von {total} angezeigt") and the button. */
export interface MoreWords {
  readonly count: TranslationKey;
  readonly more: TranslationKey;
}
