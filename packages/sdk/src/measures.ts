/**
 * A concept is a tree (fields → objectives → measures); most views want the measures as a flat list
 * that still knows where each one hangs. Computed once per concept: concepts are frozen.
 */
import type { Concept, Field, Measure, Objective } from '@konzept-kit/concept-schema';

export interface MeasureEntry {
  readonly measure: Measure;
  readonly field: Field;
  readonly objective: Objective;
  /** Position in document order, for stable sorting. */
  readonly index: number;
}

const cache = new WeakMap<Concept, readonly MeasureEntry[]>();

export function measureEntries(concept: Concept): readonly MeasureEntry[] {
  let entries = cache.get(concept);
  if (!entries) {
    const list: MeasureEntry[] = [];
    for (const field of concept.fields) {
      for (const objective of field.objectives) {
        for (const measure of objective.measures) list.push({ measure, field, objective, index: list.length });
      }
    }
    entries = Object.freeze(list);
    cache.set(concept, entries);
  }
  return entries;
}

export function countMeasures(concept: Concept): number {
  return measureEntries(concept).length;
}

/** The status id a measure had at an evaluation: its history entry, or its current status if that is dated to it. */
export function statusAt(measure: Measure, evaluationId: string): string | undefined {
  const entry = measure.history.find((h) => h.evaluation === evaluationId);
  if (entry) return entry.status;
  if (measure.status?.evaluation === evaluationId) return measure.status.value;
  return undefined;
}

/** The current status id, or the scale's "not yet rated" status, or undefined. */
export function currentStatus(concept: Concept, measure: Measure): string | undefined {
  return measure.status?.value ?? concept.statusScale.unrated;
}
