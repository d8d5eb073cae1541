/**
 * The change over a concept's evaluations: the distribution each report rated, what changed between
 * two reports ("since the last report: 12 more green"), and the status history a chart draws. Only
 * the views that show it load it (the chart's "since the last report", the diff's status mode).
 */
import type { Concept, Evaluation, Measure } from '@konzept-kit/concept-schema';
import { measureEntries, statusAt } from './measures.js';
import { chartSegments, distribution, type ChartSegment, type Distribution, type StatusCounts } from './stats.js';

export interface StatusChange {
  readonly measureId: string;
  readonly fieldId: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
}

export interface EvaluationProgress {
  readonly from: Concept['evaluations'][number];
  readonly to: Concept['evaluations'][number];
  /** Distribution at each evaluation, over the measures rated in it. */
  readonly before: Distribution;
  readonly after: Distribution;
  /** Status id → change in count (after − before): "12 more green". */
  readonly delta: StatusCounts;
  /** Measures whose status differs between the two evaluations (including newly rated ones). */
  readonly changes: readonly StatusChange[];
}

/** Evaluations sorted by date, oldest first. */
export function evaluationsByDate(concept: Concept): Concept['evaluations'] {
  return [...concept.evaluations].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The distribution over the measures rated in each evaluation, by evaluation id: one pass over every
 * measure's history (a status counted for an evaluation as {@link statusAt} reads it). Asking
 * {@link evaluationProgress} per evaluation instead costs evaluations × measures × history: a valid
 * export of 3,000 reports of 30 measures took 8 s.
 */
export function distributionsByEvaluation(concept: Concept): ReadonlyMap<string, Distribution> {
  const ids = concept.statusScale.statuses.map((s) => s.id);
  const rated = new Map<string, string[]>(concept.evaluations.map((e) => [e.id, []]));
  // The measure that last counted at an evaluation: statusAt takes the first history entry for it.
  const countedFor = new Map<string, Measure>();
  const count = (measure: Measure, evaluationId: string, status: string) => {
    const list = rated.get(evaluationId);
    if (!list || countedFor.get(evaluationId) === measure) return;
    countedFor.set(evaluationId, measure);
    list.push(status);
  };
  for (const { measure } of measureEntries(concept)) {
    for (const entry of measure.history) count(measure, entry.evaluation, entry.status);
    if (measure.status?.evaluation !== undefined) count(measure, measure.status.evaluation, measure.status.value);
  }
  return new Map([...rated].map(([id, statuses]) => [id, distribution(ids, statuses)]));
}

/**
 * What changed between two evaluations of the same version ("since the last report: 12 more
 * green"). Without ids, compares the last two evaluations; undefined when there are fewer than two.
 */
export function evaluationProgress(concept: Concept, fromId?: string, toId?: string): EvaluationProgress | undefined {
  const sorted = evaluationsByDate(concept);
  const to = toId ? sorted.find((e) => e.id === toId) : sorted[sorted.length - 1];
  const from = fromId ? sorted.find((e) => e.id === fromId) : sorted[sorted.indexOf(to!) - 1];
  if (!from || !to || from === to) return undefined;
  const ids = concept.statusScale.statuses.map((s) => s.id);
  const entries = measureEntries(concept);
  const changes: StatusChange[] = [];
  const beforeStatuses: string[] = [];
  const afterStatuses: string[] = [];
  for (const { measure, field } of entries) {
    const a = statusAt(measure, from.id);
    const b = statusAt(measure, to.id);
    if (a !== undefined) beforeStatuses.push(a);
    if (b !== undefined) afterStatuses.push(b);
    if (a !== b) changes.push({ measureId: measure.id, fieldId: field.id, from: a, to: b });
  }
  const before = distribution(ids, beforeStatuses);
  const after = distribution(ids, afterStatuses);
  const delta = Object.fromEntries(ids.map((id) => [id, (after.byStatus[id] ?? 0) - (before.byStatus[id] ?? 0)]));
  return { from, to, before, after, delta, changes };
}

export interface EvaluationSnapshot {
  readonly evaluation: Evaluation;
  /** The distribution over the measures rated in this evaluation. */
  readonly distribution: Distribution;
  readonly segments: readonly ChartSegment[];
}

export interface ProgressView {
  /** Every evaluation in which measures were rated, oldest first (at least two). */
  readonly snapshots: readonly EvaluationSnapshot[];
  /** The change between the last two of them. */
  readonly latest: EvaluationProgress;
  /** Status id → change in count, in the order of the scale, only where something changed. */
  readonly deltas: ReadonlyArray<{ readonly statusId: string; readonly delta: number }>;
}

/**
 * The status history of a concept across its evaluations, or undefined when fewer than two
 * evaluations rated any measure (there is nothing to compare).
 */
export function progressView(concept: Concept): ProgressView | undefined {
  // Once per concept: a chart asks on every render (for its choices and for its bars).
  if (progressCache.has(concept)) return progressCache.get(concept);
  const view = computeProgressView(concept);
  progressCache.set(concept, view);
  return view;
}

const progressCache = new WeakMap<Concept, ProgressView | undefined>();

function computeProgressView(concept: Concept): ProgressView | undefined {
  const evaluations = evaluationsByDate(concept);
  if (evaluations.length < 2) return undefined;
  const rated = distributionsByEvaluation(concept);
  const snapshots: EvaluationSnapshot[] = [];
  for (const evaluation of evaluations) {
    const distribution = rated.get(evaluation.id)!;
    if (distribution.total > 0) snapshots.push({ evaluation, distribution, segments: chartSegments(concept, distribution) });
  }
  if (snapshots.length < 2) return undefined;
  const latest = evaluationProgress(concept, snapshots[snapshots.length - 2]!.evaluation.id, snapshots[snapshots.length - 1]!.evaluation.id)!;
  const deltas = concept.statusScale.statuses.map((s) => ({ statusId: s.id, delta: latest.delta[s.id] ?? 0 })).filter((d) => d.delta !== 0);
  return { snapshots, latest, deltas };
}
