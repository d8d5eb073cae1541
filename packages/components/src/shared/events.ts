/**
 * The custom events of every element: prefixed `konzept-`, bubbling and composed, so a page or a
 * provider can listen on any ancestor.
 */
import type { Concept, LoadError, MeasureFilter, MeasureSelection } from '@konzept-kit/sdk';

export interface KonzeptLoadDetail {
  readonly concept: Concept;
}
export interface KonzeptErrorDetail {
  readonly error: LoadError;
}
/** A reader chose a field and/or a status on the chart (all undefined: the choice was cleared); the SDK's `filterFromSelection` makes it a filter. */
export type KonzeptSelectDetail = MeasureSelection;
export interface KonzeptFilterChangeDetail {
  readonly filter: MeasureFilter;
}
export interface KonzeptToggleDetail {
  readonly measureId: string;
  readonly open: boolean;
}

/** Dispatches one of our events; the detail's type follows from the name (`KonzeptEventMap`). */
export function emit<K extends keyof KonzeptEventMap>(target: EventTarget, name: K, detail: KonzeptEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

export interface KonzeptEventMap {
  'konzept-load': CustomEvent<KonzeptLoadDetail>;
  'konzept-error': CustomEvent<KonzeptErrorDetail>;
  'konzept-select': CustomEvent<KonzeptSelectDetail>;
  'konzept-filter-change': CustomEvent<KonzeptFilterChangeDetail>;
  'konzept-toggle': CustomEvent<KonzeptToggleDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends KonzeptEventMap {}
}
