/**
 * What a chart of a concept draws, derived from its statistics: the fields grouped by kind and
 * optionally sorted by their share done, each with its segments (stats.ts: where each starts and
 * how much it takes); the distributions over the evaluations for a "since the last report" view are
 * in progress.ts. A chart only turns these numbers into shapes and words.
 */
import type { Concept, FieldKind } from '@konzept-kit/concept-schema';
import { chartSegments, conceptStats, doneShare, type ChartSegment, type Distribution, type FieldStats } from './stats.js';

/** The whole percent done (the statuses marked `done`), consistent with the rounded segment percents. */
export function donePercent(concept: Concept, d: Distribution): number {
  return concept.statusScale.statuses.filter((s) => s.done).reduce((sum, s) => sum + (d.percent[s.id] ?? 0), 0);
}

export type FieldSort = 'document' | 'done';

export interface FieldRow extends FieldStats {
  /** Share of measures done, 0…1 (for sorting and comparing). */
  readonly doneShare: number;
  /** The same as a whole percent, as shown. */
  readonly donePercent: number;
  readonly segments: readonly ChartSegment[];
}

export interface FieldGroup {
  readonly kind: FieldKind;
  readonly fields: readonly FieldRow[];
  /** The distribution over all fields of this kind. */
  readonly total: Distribution;
}

const KIND_ORDER: readonly FieldKind[] = ['action', 'crossCutting'];
/** Once per concept and order: a chart renders again on every choice, and 2,000 fields take 20 ms. */
const groupCache = new WeakMap<Concept, Partial<Record<FieldSort, FieldGroup[]>>>();

/**
 * The fields of a concept grouped by kind (fields of action first, then cross-cutting themes; a
 * kind without fields is left out), in document order or by share done, highest first (ties keep
 * document order).
 */
export function fieldGroups(concept: Concept, sort: FieldSort = 'document'): FieldGroup[] {
  const known = groupCache.get(concept)?.[sort];
  if (known) return known;
  const stats = conceptStats(concept);
  const groups = KIND_ORDER.map((kind) => {
    const rows: FieldRow[] = stats.fields
      .filter((f) => f.kind === kind)
      .map((f) => ({ ...f, doneShare: doneShare(concept, f), donePercent: donePercent(concept, f), segments: chartSegments(concept, f) }));
    if (sort === 'done') rows.sort((a, b) => b.doneShare - a.doneShare);
    return { kind, fields: rows, total: stats.byKind[kind] };
  }).filter((g) => g.fields.length > 0);
  groupCache.set(concept, { ...groupCache.get(concept), [sort]: groups });
  return groups;
}
