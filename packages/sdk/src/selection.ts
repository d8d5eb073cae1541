/**
 * A reader's choice on the chart and the filter it stands for, both ways: the accordion and the
 * provider turn a choice into a filter, the chart shows a shared filter as its choice. Only types
 * are imported, so the chart does not load the search with it.
 */
import type { FieldKind } from '@konzept-kit/concept-schema';
import type { MeasureFilter } from './filter.js';

/** A reader's choice on the chart: one field, one status and/or one kind (all undefined: nothing chosen). */
export interface MeasureSelection {
  readonly fieldId?: string;
  readonly statusId?: string;
  readonly kind?: FieldKind;
}

/** A chart choice as the filter it stands for: it replaces the filter's field, status and kind; the search stays. */
export function filterFromSelection(filter: MeasureFilter, { fieldId, statusId, kind }: MeasureSelection): MeasureFilter {
  return { ...filter, field: fieldId ? [fieldId] : undefined, status: statusId ? [statusId] : undefined, kind: kind ? [kind] : undefined };
}

/** The inverse: a filter as a chart choice, where it names one field, status or kind (else none). */
export function selectionFromFilter(filter: MeasureFilter): MeasureSelection | undefined {
  const one = <T>(list: readonly T[] | undefined) => (list?.length === 1 ? list[0] : undefined);
  const selection = { fieldId: one(filter.field), statusId: one(filter.status), kind: one(filter.kind) };
  return selection.fieldId || selection.statusId || selection.kind ? selection : undefined;
}
