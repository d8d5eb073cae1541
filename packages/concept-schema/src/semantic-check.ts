/**
 * What a page asks of an export the fast path accepted: does it have a semantic problem (a doubled
 * id, a reference that leads nowhere, dates out of order)? The same answer as `findSemanticProblems`
 * (semantics.ts), which finds and places each problem on any data and loads with the worded messages,
 * only for an export that has one. Here the shapes are known to be valid (every id a string, every
 * list present), so the check is a few sets and loops; the fuzzer compares the two answers.
 */
import type { Concept } from './types.js';

/** The ids of a list, or undefined where one is doubled. */
function uniqueIds(entries: ReadonlyArray<{ readonly id: string }>, ids = new Set<string>()): Set<string> | undefined {
  for (const { id } of entries) {
    if (ids.has(id)) return undefined;
    ids.add(id);
  }
  return ids;
}

/** Whether an export valid in shape (the fast path's output) has a semantic problem. */
export function hasSemanticProblems(concept: Concept): boolean {
  const scale = concept.statusScale;
  const statuses = uniqueIds(scale.statuses);
  const evaluations = uniqueIds(concept.evaluations);
  const fields = uniqueIds(concept.fields);
  const participation = uniqueIds(concept.participation);
  if (!statuses || !evaluations || !fields || !participation || !uniqueIds(concept.guidelines) || !uniqueIds(concept.integrationReports)) return true;
  if (scale.unrated !== undefined && !statuses.has(scale.unrated)) return true;
  const unknownField = (id: string | undefined) => id !== undefined && !fields.has(id);
  for (const p of concept.participation) if (unknownField(p.field) || (p.date && p.dateTo && p.dateTo < p.date)) return true;
  for (const g of concept.guidelines) if (unknownField(g.field)) return true;
  for (const r of concept.integrationReports) for (const m of r.measures) if (unknownField(m.field)) return true;

  const objectives = new Set<string>();
  const measures = new Set<string>();
  const reported = new Set<string>();
  for (const field of concept.fields) {
    if (!uniqueIds(field.objectives, objectives)) return true;
    for (const objective of field.objectives) {
      if (!uniqueIds(objective.measures, measures)) return true;
      for (const { status, history, timeframe, participation: refs } of objective.measures) {
        if (status && (!statuses.has(status.value) || (status.evaluation !== undefined && !evaluations.has(status.evaluation)))) return true;
        reported.clear();
        for (const entry of history) {
          if (!statuses.has(entry.status) || !evaluations.has(entry.evaluation) || reported.has(entry.evaluation)) return true;
          reported.add(entry.evaluation);
        }
        // Validated YYYY[-MM[-DD]] strings sort by their characters (no collation needed).
        const start = timeframe?.start;
        const end = timeframe?.end;
        if (start && end && end < start && !start.startsWith(end)) return true;
        for (const ref of refs) if (!participation.has(ref)) return true;
      }
    }
  }
  return false;
}
