/**
 * "Since the last report, these measures turned green": the measures whose status changed between
 * two evaluations of the same version, grouped by their new status in the order of the scale.
 */
import type { Concept } from '@konzept-kit/concept-schema';
import { measureEntries, statusAt, type MeasureEntry } from './measures.js';
import { evaluationProgress, type EvaluationProgress } from './progress.js';

/**
 * `done`: now counts as done (green), before it did not; `undone`: the reverse; `rated`: had no
 * status before; `unrated`: has none now; `other`: one status for another, neither done.
 */
export type StatusDirection = 'done' | 'undone' | 'rated' | 'unrated' | 'other';

export interface MeasureStatusChange {
  readonly entry: MeasureEntry;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly direction: StatusDirection;
}

export interface StatusChangeGroup {
  /** The new status; undefined for measures without a status in the later evaluation. */
  readonly status: string | undefined;
  readonly changes: readonly MeasureStatusChange[];
}

export interface StatusChanges {
  readonly progress: EvaluationProgress;
  /** One group per new status that occurs, in the order of the scale, "no status" last. */
  readonly groups: readonly StatusChangeGroup[];
  /** Measures whose status changed. */
  readonly total: number;
  /** Measures rated in either evaluation whose status stayed the same. */
  readonly same: number;
}

function direction(concept: Concept, from: string | undefined, to: string | undefined): StatusDirection {
  const unrated = concept.statusScale.unrated;
  const rated = (s: string | undefined) => s !== undefined && s !== unrated;
  if (!rated(from)) return rated(to) ? 'rated' : 'other';
  if (!rated(to)) return 'unrated';
  const done = (s: string | undefined) => concept.statusScale.statuses.some((x) => x.id === s && x.done);
  if (done(to) && !done(from)) return 'done';
  if (done(from) && !done(to)) return 'undone';
  return 'other';
}

/**
 * The status changes between two evaluations (by id; default: the last two by date), optionally
 * only in some fields. Undefined when the concept has fewer than two evaluations or an id is unknown.
 */
export function statusChanges(
  concept: Concept,
  fromEvaluation?: string,
  toEvaluation?: string,
  options: { readonly fields?: readonly string[] } = {},
): StatusChanges | undefined {
  const progress = evaluationProgress(concept, fromEvaluation || undefined, toEvaluation || undefined);
  if (!progress) return undefined;
  const fields = options.fields?.length ? new Set(options.fields) : undefined;
  const inScope = measureEntries(concept).filter((e) => !fields || fields.has(e.field.id));
  const entries = new Map(inScope.map((e) => [e.measure.id, e]));
  const byStatus = new Map<string | undefined, MeasureStatusChange[]>();
  for (const change of progress.changes) {
    const entry = entries.get(change.measureId);
    if (!entry) continue;
    const list = byStatus.get(change.to) ?? [];
    list.push({ entry, from: change.from, to: change.to, direction: direction(concept, change.from, change.to) });
    byStatus.set(change.to, list);
  }
  const scale = concept.statusScale.statuses.map((s) => s.id);
  // The scale's order; ids the scale does not know (a broken export) after it; "no status" last.
  const order = [...scale, ...[...byStatus.keys()].filter((id) => id !== undefined && !scale.includes(id)), undefined];
  const groups = order.filter((id) => byStatus.has(id)).map((status) => ({ status, changes: byStatus.get(status)! }));
  let same = 0;
  for (const { measure } of inScope) {
    const a = statusAt(measure, progress.from.id);
    const b = statusAt(measure, progress.to.id);
    if (a !== undefined && a === b) same++;
  }
  return { progress, groups, total: groups.reduce((n, g) => n + g.changes.length, 0), same };
}
