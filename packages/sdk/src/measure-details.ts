/**
 * What an info box about one measure shows beyond its own fields, and the tree an accordion lays the
 * (filtered) measures out in: how far an indicator has come, the measure's status in each
 * evaluation (dated from the concept's evaluations), and the participation it came from.
 */
import type { Concept, Field, FieldKind, Indicator, Measure, Objective, ParticipationInput, Text } from '@konzept-kit/concept-schema';
import type { MeasureEntry } from './measures.js';

export interface IndicatorProgress {
  /** The share of the way from baseline (or 0) to target, clamped to 0…1 for drawing. */
  readonly share: number;
  /** The same as a whole percent, not clamped (an indicator can overshoot: 120 %). */
  readonly percent: number;
  /** The target is reached (or passed). */
  readonly reached: boolean;
  /** The target lies below the baseline (fewer is better, e.g. waiting time). */
  readonly decreasing: boolean;
}

/**
 * How far an indicator has come: `(current − baseline) / (target − baseline)`, with baseline 0 when
 * the export gives none. Undefined without both a target and a current value.
 */
export function indicatorProgress(indicator: Indicator): IndicatorProgress | undefined {
  const { target, current } = indicator;
  if (target === undefined || current === undefined) return undefined;
  const baseline = indicator.baseline ?? 0;
  const span = target - baseline;
  const decreasing = span < 0;
  const raw = span === 0 ? (current === target ? 1 : 0) : (current - baseline) / span;
  return {
    share: Math.min(1, Math.max(0, raw)),
    percent: Math.round(raw * 100),
    reached: raw >= 1,
    decreasing,
  };
}

export interface StatusHistoryEntry {
  /** The evaluation this status was given in, if known. */
  readonly evaluationId?: string;
  /** The evaluation's date, or the status's own date. */
  readonly date?: string;
  readonly evaluationTitle?: Text;
  readonly status: string;
  readonly note?: Text;
  /** This is the measure's current status. */
  readonly current: boolean;
}

/**
 * The measure's status in each evaluation, oldest first, dated from `concept.evaluations`; the
 * current status closes the list (once, even when the history repeats it). Undated entries keep
 * their order after the dated ones.
 */
export function statusHistory(concept: Concept, measure: Measure): StatusHistoryEntry[] {
  const evaluations = new Map(concept.evaluations.map((e) => [e.id, e]));
  const current = measure.status;
  const entries: StatusHistoryEntry[] = measure.history.map((h) => {
    const evaluation = evaluations.get(h.evaluation);
    const isCurrent = current !== undefined && current.evaluation === h.evaluation;
    return {
      evaluationId: h.evaluation,
      date: evaluation?.date ?? (isCurrent ? current.date : undefined),
      evaluationTitle: evaluation?.title,
      status: h.status,
      note: h.note ?? (isCurrent ? current.note : undefined),
      current: isCurrent,
    };
  });
  if (current && !entries.some((e) => e.current)) {
    const evaluation = current.evaluation ? evaluations.get(current.evaluation) : undefined;
    entries.push({
      evaluationId: current.evaluation,
      date: current.date ?? evaluation?.date,
      evaluationTitle: evaluation?.title,
      status: current.value,
      note: current.note,
      current: true,
    });
  }
  const order = entries.map((entry, position) => ({ entry, position }));
  order.sort((a, b) => {
    if (a.entry.date && b.entry.date) return a.entry.date.localeCompare(b.entry.date) || a.position - b.position;
    if (a.entry.date) return -1;
    if (b.entry.date) return 1;
    return a.position - b.position;
  });
  return order.map((o) => o.entry);
}

const participationIndex = new WeakMap<Concept, ReadonlyMap<string, ParticipationInput>>();

/** The participation inputs a measure came from, in the order the measure names them (unknown ids are skipped). */
export function participationFor(concept: Concept, measure: Measure): ParticipationInput[] {
  if (!measure.participation.length) return [];
  let index = participationIndex.get(concept);
  if (!index) participationIndex.set(concept, (index = new Map(concept.participation.map((p) => [p.id, p]))));
  return measure.participation.map((id) => index.get(id)).filter((p): p is ParticipationInput => p !== undefined);
}

export interface MeasureTreeObjective {
  readonly objective: Objective;
  readonly entries: readonly MeasureEntry[];
}
export interface MeasureTreeField {
  readonly field: Field;
  readonly objectives: readonly MeasureTreeObjective[];
}
export interface MeasureTreeKind {
  readonly kind: FieldKind;
  readonly fields: readonly MeasureTreeField[];
}

export interface MeasureTreeOptions {
  /** Also list fields and objectives without any of `entries` (for the unfiltered concept). */
  readonly includeEmpty?: boolean;
  /**
   * The tree only up to the objective that holds the `until`th entry (the first rows of a list whose
   * other rows come later): what follows, an objective without entries too, comes with its rows.
   */
  readonly until?: number;
}

const KIND_ORDER: readonly FieldKind[] = ['action', 'crossCutting'];

/**
 * Lays measure entries (e.g. a filtered list, or its first page) out as kind → field → objective,
 * fields of action first, then cross-cutting themes, each in document order.
 */
export function measureTree(concept: Concept, entries: readonly MeasureEntry[], options: MeasureTreeOptions = {}): MeasureTreeKind[] {
  const byObjective = new Map<Objective, MeasureEntry[]>();
  for (const entry of entries) {
    let list = byObjective.get(entry.objective);
    if (!list) byObjective.set(entry.objective, (list = []));
    list.push(entry);
  }
  const { includeEmpty, until = Infinity } = options;
  let seen = 0;
  return KIND_ORDER.map((kind) => {
    const fields: MeasureTreeField[] = [];
    for (const field of concept.fields) {
      if (field.kind !== kind || seen >= until) continue;
      const objectives: MeasureTreeObjective[] = [];
      for (const objective of field.objectives) {
        if (seen >= until) break;
        const found = byObjective.get(objective);
        if (found || includeEmpty) objectives.push({ objective, entries: found ?? [] });
        seen += found?.length ?? 0;
      }
      if (objectives.length || (includeEmpty && until === Infinity)) fields.push({ field, objectives });
    }
    return { kind, fields };
  }).filter((k) => k.fields.length > 0);
}
