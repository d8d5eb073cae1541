/** A chosen part of the chart, shared by its donut and its bar views (bar-views.ts). */
import type { ChartSegment } from '@konzept-kit/sdk';
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

/** Segments a reader can choose: those with measures and a status (there is no filter for "unrated"). */
function choosable(s: ChartSegment): s is ChartSegment & { statusId: string } {
  return s.count > 0 && s.statusId !== undefined;
}

/** Adds what choosing each of `segments` sends, under the key `<prefix>s:<status id>`. */
export function addChoices(choices: Map<string, Selection>, segments: readonly ChartSegment[], prefix: string, facets: Selection = {}): void {
  for (const s of segments.filter(choosable)) choices.set(`${prefix}s:${s.statusId}`, { ...facets, statusId: s.statusId });
}

/** A class list of a block and those of its modifiers that apply: `classes('row', { chosen: true, dim: false })` is "row row--chosen". */
export function classes(block: string, modifiers: Readonly<Record<string, boolean>>): string {
  return [
    block,
    ...Object.keys(modifiers)
      .filter((m) => modifiers[m])
      .map((m) => `${block}--${m}`),
  ].join(' ');
}
