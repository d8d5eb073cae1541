/**
 * The custom events of every element: prefixed `konzept-`, bubbling and composed, so a page or a
 * provider can listen on any ancestor.
 */
import type { Concept, FieldKind, LoadError, MeasureFilter } from '@konzept-kit/sdk';

export interface KonzeptLoadDetail {
  readonly concept: Concept;
}
export interface KonzeptErrorDetail {
  readonly error: LoadError;
}
/** A reader chose a field and/or a status on the chart (all undefined: the choice was cleared). */
export interface KonzeptSelectDetail {
  readonly fieldId?: string;
  readonly statusId?: string;
  readonly kind?: FieldKind;
}
export interface KonzeptFilterChangeDetail {
  readonly filter: MeasureFilter;
}
export interface KonzeptToggleDetail {
  readonly measureId: string;
  readonly open: boolean;
}

export function emit<T>(target: EventTarget, name: keyof KonzeptEventMap, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

export interface KonzeptEventMap {
  'konzept-load': CustomEvent<KonzeptLoadDetail>;
  'konzept-error': CustomEvent<KonzeptErrorDetail>;
  'konzept-select': CustomEvent<KonzeptSelectDetail>;
  'konzept-filter-change': CustomEvent<KonzeptFilterChangeDetail>;
  'konzept-toggle': CustomEvent<KonzeptToggleDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends KonzeptEventMap {}
}
