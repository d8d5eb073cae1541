/**
 * Following a link to one change of a version diff (`#aenderung-spr-1-3`): which change it names,
 * and the selection that shows it. Apart from diff-view.ts because a page needs it only when its
 * address names a change: an element loads it with the rest of its code for that case.
 */
import type { ConceptDiff, MeasureChange } from './diff.js';
import { changeAnchors, CHANGE_ANCHOR_PREFIX, DEFAULT_CHANGE_KINDS, type ChangeFilter } from './diff-view.js';
import { fragmentValue } from './anchors.js';

/** The change a URL fragment points at: `#aenderung-spr-1-3`, or a measure id of either version. */
export function changeForFragment(diff: ConceptDiff, fragment: string, prefix = CHANGE_ANCHOR_PREFIX): MeasureChange | undefined {
  const value = fragmentValue(fragment);
  if (!value) return undefined;
  for (const [change, anchor] of changeAnchors(diff, prefix)) if (anchor === value.toLowerCase()) return change;
  return diff.changes.find((c) => c.to?.measure.id === value) ?? diff.changes.find((c) => c.from?.measure.id === value);
}

/** The filter widened just enough to show `change` (for a deep link to a change the filter hides). */
export function revealChange(filter: ChangeFilter, change: MeasureChange): ChangeFilter {
  const kinds = filter.kinds ?? DEFAULT_CHANGE_KINDS;
  const fieldId = (change.to ?? change.from)!.field.id;
  return {
    kinds: kinds.includes(change.kind) ? kinds : [...kinds, change.kind],
    fields: filter.fields?.length && !filter.fields.includes(fieldId) ? [...filter.fields, fieldId] : filter.fields,
  };
}
