/**
 * Long lists inside a box or a change (100,000 partners are valid) are shown in parts: the first
 * `LIST_STEP` items and a button that shows `LIST_STEP` more, so neither opening a box nor a click
 * renders more than a few hundred rows in one task (issue 18: 100,000 partners blocked the tab for
 * 10 s). How far each list is opened is kept per list (the frozen array of the concept, or a key the
 * caller gives), so it survives re-renders and is forgotten with the concept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { KonzeptElement } from './konzept-element.js';

/** Rows per part: a part renders in a few milliseconds; the first part is all a reader of a normal export ever sees. */
export const LIST_STEP = 200;

const opened = new WeakMap<object, number>();
let revision = 0;

/** Changes with every "show more": rows rendered once (the accordion's `guard`) list it, to show the new part. */
export function partsRevision(): number {
  return revision;
}

export type PartsHost = Pick<KonzeptElement, 't' | 'formatNumber' | 'requestUpdate'>;

/** The items to render now, and the "show more" button after them (or `nothing`). */
export function inParts<T>(host: PartsHost, items: readonly T[], key: object = items): { items: readonly T[]; more: TemplateResult | typeof nothing } {
  if (items.length <= LIST_STEP) return { items, more: nothing };
  const shown = Math.min(items.length, opened.get(key) ?? LIST_STEP);
  if (shown >= items.length) return { items, more: nothing };
  const count = Math.min(LIST_STEP, items.length - shown);
  const label = host.t('list.more', { count: host.formatNumber(count), shown: host.formatNumber(shown), total: host.formatNumber(items.length) });
  const more = html`<button
    type="button"
    part="button"
    class="button button--small show-more"
    @click=${() => {
      opened.set(key, shown + count);
      revision++;
      host.requestUpdate();
    }}
  >
    ${label}
  </button>`;
  return { items: items.slice(0, shown), more };
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
