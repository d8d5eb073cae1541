/** A chosen part of the chart, shared by its donut and its bar views (bar-views.ts). */
import type { KonzeptSelectDetail } from '../shared/events.js';

/** A chosen part of the chart; `undefined` keys are not part of the choice. */
export type Selection = KonzeptSelectDetail;

export function sameSelection(a: Selection | undefined, b: Selection | undefined): boolean {
  return !!a && !!b && a.fieldId === b.fieldId && a.statusId === b.statusId && a.kind === b.kind;
}

/** Whether a part with these facets lies inside the choice (facets the part does not have are ignored). */
export function withinSelection(selection: Selection | undefined, facets: Selection): boolean {
  if (!selection) return true;
  return (['fieldId', 'statusId', 'kind'] as const).every((k) => selection[k] === undefined || !(k in facets) || facets[k] === selection[k]);
}
