/**
 * What a diff needs only sometimes, loaded when it does (the first view of two exports never runs
 * it): following a deep link to a change (`#aenderung-spr-1-3`, on load or on a later hash change,
 * in both modes), and what stands in place of the diff when an address is missing or a side failed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { changeAnchors, changeForFragment, revealChange, type ChangeFilter, type ConceptDiff, type LoadError, type MeasureChange } from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { ConceptSource } from '../shared/concept-source.js';
import type { PageEvents } from '../shared/page-events.js';
import type { RowsInParts } from '../shared/rows-in-parts.js';
import type { StatusMode } from './status-mode.js';
import { scrollAndFocus } from '../shared/focus.js';
import './rare-parts.i18n.js';

/** What these parts use of their `<version-diff>` (an interface, so the element's module and this one do not import each other). */
export interface RareHost extends KonzeptElement {
  readonly mode: 'versions' | 'status';
  readonly diff: ConceptDiff | undefined;
  readonly statusMode: StatusMode | undefined;
  readonly fromSource: ConceptSource;
  readonly toSource: ConceptSource;
  readonly page: PageEvents;
  readonly rows: RowsInParts;
  anchorPrefix: string;
  filter: ChangeFilter;
  focusWhenRendered?: string;
  selected(diff: ConceptDiff): { items: readonly MeasureChange[] };
  renderSideError(side: 'from' | 'to' | 'status', error: LoadError | undefined): TemplateResult;
}

/**
 * Before rendering: widens the selection so the change the fragment names is listed, and says
 * where it stands in the list (-1 when it is not listed, or its data is not there yet).
 */
export function revealFragment(host: RareHost): number {
  const fragment = host.page.fragment!;
  if (host.mode === 'status') {
    const concept = host.toSource.concept;
    const status = host.statusMode;
    if (!concept || !status) return -1;
    status.reveal(fragment);
    return status.indexOf(concept, fragment);
  }
  const diff = host.diff;
  const change = diff && changeForFragment(diff, fragment, host.anchorPrefix);
  if (!change) return -1;
  host.filter = revealChange(host.filter, change);
  return host.selected(diff).items.indexOf(change);
}

/** After rendering: scrolls to and focuses the change the fragment names (once its data is there), and then the one waiting for its part. */
export function followFragment(host: RareHost): void {
  const fragment = host.page.fragment;
  if (fragment !== undefined) follow(host, fragment);
  const anchor = host.focusWhenRendered;
  if (!anchor) return;
  // The parts before it come first: focused once its part is rendered.
  const target = host.renderRoot.querySelector<HTMLElement>(`[id="${anchor}"]`);
  if (target || !host.rows.pending) host.focusWhenRendered = undefined;
  if (target) scrollAndFocus(target);
}

function follow(host: RareHost, fragment: string): void {
  const { page } = host;
  if (host.mode === 'status') {
    // Until the status mode's code is there, the fragment waits as for its data.
    if ((host.statusMode?.follow(fragment) ?? 'wait') !== 'wait') page.fragment = undefined;
    return;
  }
  const diff = host.diff;
  if (!diff) {
    if (host.fromSource.state === 'error' || host.toSource.state === 'error') page.fragment = undefined;
    return;
  }
  page.fragment = undefined;
  const change = changeForFragment(diff, fragment, host.anchorPrefix);
  if (change) host.focusWhenRendered = changeAnchors(diff, host.anchorPrefix).get(change);
}

/** In place of the diff while neither side is loading and one has no address or failed: which side, and why. */
export function renderSources(host: RareHost): TemplateResult {
  const a = host.fromSource;
  const b = host.toSource;
  if (a.state === 'error' || b.state === 'error') {
    return html`<div class="states">
      ${a.state === 'error' ? host.renderSideError('from', a.error) : nothing}
      ${b.state === 'error' ? host.renderSideError('to', b.error) : nothing}
    </div>`;
  }
  const key = a.state === 'idle' && b.state === 'idle' ? 'diff.idle' : a.state === 'idle' ? 'diff.idleFrom' : 'diff.idleTo';
  return html`<div class="state" part="state" role="status" dir=${host.direction}><p>${host.t(key)}</p></div>`;
}
