/**
 * Stable page anchors for measures, so a reader can link to one: `SPR-1.3` → `massnahme-spr-1-3`.
 * Built from the measure's id only (not its title or position), so a link keeps working while the
 * concept is edited and re-evaluated, as long as the measure keeps its id.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { measureEntries } from './measures.js';

/** The prefix of every measure anchor unless an element is given another one. */
export const DEFAULT_ANCHOR_PREFIX = 'massnahme';

/** Already lower case `a-z`, `0-9` and single inner dashes (most ids are): nothing to replace. */
const CLEAN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower case, only `a-z`, `0-9` and single dashes: safe as an HTML id and in a URL fragment. */
export function sanitizeAnchor(value: string): string {
  if (CLEAN.test(value)) return value;
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function anchorWithHead(measureId: string, head: string): string {
  const clean = sanitizeAnchor(measureId) || 'x';
  return head ? `${head}-${clean}` : clean;
}

/** The anchor of one measure id, without regard to collisions (see `measureAnchors`). */
export function measureAnchor(measureId: string, prefix = DEFAULT_ANCHOR_PREFIX): string {
  return anchorWithHead(measureId, sanitizeAnchor(prefix));
}

export interface AnchorIndex {
  /** Measure id → anchor. */
  readonly byMeasure: ReadonlyMap<string, string>;
  /** Anchor → measure id. */
  readonly byAnchor: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Concept, Map<string, AnchorIndex>>();

/**
 * Anchors for every measure of a concept. Ids that sanitize alike (`SPR-1.3` and `spr_1_3`) get
 * `-2`, `-3` … in document order, so each anchor names one measure.
 */
export function measureAnchors(concept: Concept, prefix = DEFAULT_ANCHOR_PREFIX): AnchorIndex {
  let perPrefix = indexes.get(concept);
  if (!perPrefix) indexes.set(concept, (perPrefix = new Map()));
  let index = perPrefix.get(prefix);
  if (!index) {
    const byMeasure = new Map<string, string>();
    const byAnchor = new Map<string, string>();
    // Built for every measure on an element's first render: 10,000 in a state-wide concept.
    const head = sanitizeAnchor(prefix);
    for (const { measure } of measureEntries(concept)) {
      if (byMeasure.has(measure.id)) continue;
      const base = anchorWithHead(measure.id, head);
      let anchor = base;
      for (let n = 2; byAnchor.has(anchor); n++) anchor = `${base}-${n}`;
      byMeasure.set(measure.id, anchor);
      byAnchor.set(anchor, measure.id);
    }
    index = { byMeasure, byAnchor };
    perPrefix.set(prefix, index);
  }
  return index;
}

/** A URL fragment without its `#`, percent-decoded where it can be (a malformed escape stays as it is). */
export function fragmentValue(fragment: string): string {
  const value = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
