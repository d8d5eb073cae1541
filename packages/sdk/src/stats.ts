/**
 * Status statistics: the "73 % green, 20 % yellow, 7 % red" of an Ampeldokument, overall, per
 * field and per kind. The change between evaluations is in progress.ts.
 */
import type { Concept, FieldKind } from '@konzept-kit/concept-schema';
import { currentStatus, measureEntries } from './measures.js';

export type StatusCounts = Readonly<Record<string, number>>;

export interface Distribution {
  readonly total: number;
  /** Status id → number of measures, in the order of the scale; every status of the scale is present. */
  readonly byStatus: StatusCounts;
  /** Measures without any status (and no "not yet rated" status in the scale to put them under). */
  readonly unrated: number;
  /**
   * Status id → whole percent of `total`; equal counts have equal percents (see {@link roundPercentages}),
   * so with `unrated` these add up to 100 or, where equal counts forbid it, to 99 or 101 (see `percentSum`).
   */
  readonly percent: StatusCounts;
  readonly unratedPercent: number;
  /** The sum of the shown percents (statuses and unrated): 100, or near it (99, 101) where equal counts were rounded alike; 0 when `total` is 0. A view says so when it is not 100. */
  readonly percentSum: number;
}

export interface FieldStats extends Distribution {
  readonly id: string;
  readonly title: Concept['fields'][number]['title'];
  readonly kind: FieldKind;
}

export interface ConceptStats extends Distribution {
  readonly fields: readonly FieldStats[];
  readonly byKind: Readonly<Record<FieldKind, Distribution>>;
}

/**
 * Whole percentages as a council report prints them: equal counts always show equal percentages,
 * and the row adds up to 100 wherever that allows. Largest remainder first (on a tie, the larger count) (141/39/13 of 193 gives
 * 73/20/7, where rounding each alone could give 99 or 101), but counts that are equal share their
 * remainder and are rounded together: when the points left to hand out are fewer than the equal
 * counts that would take them, all of them go up or all stay down, whichever sum is nearer 100, and
 * the row then sums to 99 or 101 (rarely further off: 3/3/2 of 8 gives 38/38/25, never 38/37/25;
 * 1/1/1 gives 33/33/33). `percentSum` on a {@link Distribution} says so.
 */
export function roundPercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  // Equal counts in one group: they have the same remainder and must move together.
  const groups = new Map<number, number[]>();
  counts.forEach((count, i) => groups.set(count, [...(groups.get(count) ?? []), i]));
  const order = [...groups.values()]
    .map((members) => ({ members, remainder: exact[members[0]!]! - floors[members[0]!]! }))
    .filter((g) => g.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || counts[b.members[0]!]! - counts[a.members[0]!]!);
  for (const { members, remainder } of order) {
    if (missing <= 0) break;
    const fits = members.length <= missing;
    // A group that does not fit goes up or down together, whichever leaves the sum nearer 100 (on a
    // tie, as each alone would round), and nothing smaller goes up after it.
    const over = members.length - missing;
    const up = fits || over < missing || (over === missing && remainder >= 0.5);
    if (up) for (const i of members) floors[i]! += 1;
    if (!fits) break;
    missing -= members.length;
  }
  return floors;
}

/** The distribution of `statuses` (undefined: unrated) over the scale's `statusIds`. */
export function distribution(statusIds: readonly string[], statuses: ReadonlyArray<string | undefined>): Distribution {
  const counts = new Map<string, number>(statusIds.map((id) => [id, 0]));
  let unrated = 0;
  for (const s of statuses) {
    if (s !== undefined && counts.has(s)) counts.set(s, counts.get(s)! + 1);
    else unrated++;
  }
  const values = [...statusIds.map((id) => counts.get(id)!), unrated];
  const rounded = roundPercentages(values);
  return {
    total: statuses.length,
    byStatus: Object.fromEntries(statusIds.map((id) => [id, counts.get(id)!])),
    unrated,
    percent: Object.fromEntries(statusIds.map((id, i) => [id, rounded[i]!])),
    unratedPercent: rounded[rounded.length - 1]!,
    percentSum: rounded.reduce((a, b) => a + b, 0),
  };
}

const statsCache = new WeakMap<Concept, ConceptStats>();

export function conceptStats(concept: Concept): ConceptStats {
  const cached = statsCache.get(concept);
  if (cached) return cached;
  const ids = concept.statusScale.statuses.map((s) => s.id);
  const entries = measureEntries(concept);
  // One pass over the measures, grouped by field and kind: filtering the measures once per field
  // took 130 ms for 2,000 fields and grows with fields × measures.
  const all: Array<string | undefined> = [];
  const byField = new Map<Concept['fields'][number], Array<string | undefined>>(concept.fields.map((f) => [f, []]));
  const byKind: Record<FieldKind, Array<string | undefined>> = { action: [], crossCutting: [] };
  for (const entry of entries) {
    const status = currentStatus(concept, entry.measure);
    all.push(status);
    byField.get(entry.field)?.push(status);
    byKind[entry.field.kind].push(status);
  }
  const fields = concept.fields.map((field) => ({ id: field.id, title: field.title, kind: field.kind, ...distribution(ids, byField.get(field)!) }));
  const stats: ConceptStats = {
    ...distribution(ids, all),
    fields,
    byKind: { action: distribution(ids, byKind.action), crossCutting: distribution(ids, byKind.crossCutting) },
  };
  statsCache.set(concept, stats);
  return stats;
}

/** The share of measures whose status counts as done (`done: true` in the scale), as a fraction 0…1. */
export function doneShare(concept: Concept, d: Distribution): number {
  if (d.total === 0) return 0;
  const done = concept.statusScale.statuses.filter((s) => s.done).reduce((sum, s) => sum + (d.byStatus[s.id] ?? 0), 0);
  return done / d.total;
}

/** One part of a bar or donut: a status of the scale, or the measures without a rating. */
export interface ChartSegment {
  /** Status id; undefined for measures without a rating. */
  readonly statusId: string | undefined;
  readonly count: number;
  /** Whole percent of the total (all segments add up to 100, or all are 0). */
  readonly percent: number;
  /** Where the segment starts and how much of the whole it takes, as fractions 0…1. */
  readonly start: number;
  readonly share: number;
}

/**
 * The segments of a distribution in the order of the scale, the unrated last (only when there are
 * any). Statuses with no measures are included with `share` 0, so a legend can list the whole scale.
 * Here rather than in chart-view.ts: the progress over evaluations (progress.ts, which the diff's
 * status mode uses too) draws segments as well, and chart-view.ts stays the chart's alone (in the
 * bundles, one file less for a page with a chart).
 */
export function chartSegments(concept: Concept, d: Distribution): ChartSegment[] {
  const parts: { statusId: string | undefined; count: number; percent: number }[] = concept.statusScale.statuses.map((s) => ({
    statusId: s.id,
    count: d.byStatus[s.id] ?? 0,
    percent: d.percent[s.id] ?? 0,
  }));
  if (d.unrated > 0) parts.push({ statusId: undefined, count: d.unrated, percent: d.unratedPercent });
  let start = 0;
  return parts.map((p) => {
    const share = d.total === 0 ? 0 : p.count / d.total;
    const segment = { ...p, start, share };
    start += share;
    return segment;
  });
}
