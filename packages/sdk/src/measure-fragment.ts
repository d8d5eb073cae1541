/**
 * Following a deep link to a measure: the measure a URL fragment names (and reveal-filter.ts, the
 * filter loosened so that it shows). Apart from anchors.ts: an element's first view never runs it,
 * and a browser bundle loads it only when a page follows a link.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { DEFAULT_ANCHOR_PREFIX, fragmentValue, measureAnchors } from './anchors.js';

/**
 * The measure a URL fragment points at: `#massnahme-spr-1-3`, or the plain id `#SPR-1.3`
 * (percent-encoded or not). Undefined when the fragment names none of the concept's measures.
 */
export function measureForFragment(concept: Concept, fragment: string, prefix = DEFAULT_ANCHOR_PREFIX): string | undefined {
  const value = fragmentValue(fragment);
  if (!value) return undefined;
  const index = measureAnchors(concept, prefix);
  return index.byAnchor.get(value) ?? index.byAnchor.get(value.toLowerCase()) ?? (index.byMeasure.has(value) ? value : undefined);
}
