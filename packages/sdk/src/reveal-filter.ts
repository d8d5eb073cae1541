/**
 * The filter loosened so that a measure a reader follows a link to shows. Apart from filter.ts:
 * an element's first view never runs it, and a browser bundle loads it only when a page follows a
 * link.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { compactFilter, filterMeasures, isFilterEmpty, type MeasureFilter } from './filter.js';
import { measureEntries } from './measures.js';

/**
 * The filter loosened just enough that `measureId` passes it: each part that hides the measure is
 * dropped, the others stay. Returns `filter` itself when the measure already shows (or is unknown).
 */
export function revealFilter(concept: Concept, filter: MeasureFilter, measureId: string): MeasureFilter {
  if (isFilterEmpty(filter)) return filter;
  const entry = measureEntries(concept).find((e) => e.measure.id === measureId);
  if (!entry) return filter;
  const passes = (f: MeasureFilter) => filterMeasures(concept, f).some((e) => e.index === entry.index);
  if (passes(filter)) return filter;
  const keys = ['status', 'field', 'kind', 'query'] as const;
  let out: MeasureFilter = { ...filter };
  for (const key of keys) {
    if (out[key] === undefined) continue;
    const only: MeasureFilter = { [key]: out[key] };
    if (!passes(only)) {
      const { [key]: _dropped, ...rest } = out;
      out = rest;
    }
  }
  return compactFilter(out);
}
