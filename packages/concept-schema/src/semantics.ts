/**
 * What a schema of shapes cannot say: ids are unique, references resolve, dates are in order.
 *
 * Runs on whatever JSON.parse gave, valid or not: `konzept validate` lists a status missing from
 * the scale and a doubled id in the same run as a wrong type elsewhere, not only once those are
 * fixed. Where a part of the data has the wrong shape, the checks that need it are skipped (zod
 * reports that part). Every check is one pass with hash sets: linear in the size of the export,
 * however the ids repeat (a doubled id's first place is found by binary search, not by walking).
 *
 * This module finds the problems and says what they are (with only the nouns of the ids' kinds in
 * words); the worded issues (semantic-issues.ts) build on it. Both load with zod's, for an export that
 * has a problem: a page with a valid export needs only to know there are none (semantic-check.ts).
 */
import { AMPEL_SCALE } from './defaults.js';
import type { BilingualText, IssuePath } from './issues.js';

type Json = Record<string, unknown>;

/** What the ids of a list are of: a kind of id, and the words for one ("a measure with this id is already at …"). */
type IdKind = readonly [kind: string, de: string, en: string];

/** One semantic problem, where it is and what it is about; semantic-issues.ts says it in words. */
export type SemanticProblem =
  | { readonly code: 'duplicateId'; readonly path: IssuePath; readonly of: BilingualText; readonly id: string; readonly first: IssuePath }
  | { readonly code: 'reportedTwice'; readonly path: IssuePath; readonly evaluation: string }
  | { readonly code: 'unknownStatus'; readonly path: IssuePath; readonly value: unknown; readonly allowed: ReadonlySet<string> }
  | { readonly code: 'unknownEvaluation' | 'unknownField' | 'unknownParticipation'; readonly path: IssuePath; readonly value: unknown }
  | { readonly code: 'dateOrder'; readonly path: IssuePath; readonly start: string; readonly end: string };

const record = (value: unknown): Json | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined);
/** A list, or an empty one for an absent key (the schema's default); undefined for anything else. */
const listAt = (owner: Json | undefined, key: string): readonly unknown[] | undefined => {
  const value = owner?.[key];
  if (value === undefined) return owner ? [] : undefined;
  return Array.isArray(value) ? value : undefined;
};
const stringAt = (owner: Json | undefined, key: string): string | undefined => {
  const value = owner?.[key];
  return typeof value === 'string' ? value : undefined;
};

class Problems {
  private readonly seen = new Map<string, Map<string, IssuePath>>();

  constructor(readonly add: (problem: SemanticProblem) => void) {}

  /** Remembers an id of a kind; a second use is a problem. Returns the id if it is a string. */
  unique([kind, de, en]: IdKind, owner: Json | undefined, path: IssuePath): string | undefined {
    const id = stringAt(owner, 'id');
    if (id === undefined) return undefined;
    let ids = this.seen.get(kind);
    if (!ids) this.seen.set(kind, (ids = new Map()));
    const first = ids.get(id);
    if (first) this.add({ code: 'duplicateId', path: path.concat('id'), of: { de, en }, id, first });
    else ids.set(id, path);
    return id;
  }
}

/**
 * The ids of a list's entries (at `prefix` + `key`), each remembered as unique of `kind`.
 * Undefined where the list is no list or an entry has no id: references into it cannot be judged.
 */
function idsOf(
  problems: Problems,
  owner: Json | undefined,
  prefix: IssuePath,
  key: string,
  kind: IdKind,
  each?: (entry: Json | undefined, at: IssuePath) => void,
): Set<string> | undefined {
  const entries = listAt(owner, key);
  if (!entries) return undefined;
  let ids: Set<string> | undefined = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = record(entries[i]);
    const at: IssuePath = [...prefix, key, i];
    const id = problems.unique(kind, entry, at);
    if (id === undefined) ids = undefined;
    else ids?.add(id);
    each?.(entry, at);
  }
  return ids;
}

/**
 * Where measure number `n` (in document order) is, from the number of the first measure of each
 * objective: a binary search, so reporting 20,000 doubled ids costs 20,000 × log(objectives).
 */
class MeasurePlaces {
  private readonly starts: number[] = [];
  private readonly places: Array<[number, number]> = [];
  objective(fi: number, oi: number, firstMeasure: number): void {
    this.starts.push(firstMeasure);
    this.places.push([fi, oi]);
  }
  path(n: number): IssuePath {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    const [fi, oi] = this.places[lo]!;
    return ['fields', fi, 'objectives', oi, 'measures', n - this.starts[lo]!];
  }
}

/** Every semantic problem of an export (parsed, or the raw value of one zod refused), in document order, to `report`. */
export function findSemanticProblems(input: unknown, report: (problem: SemanticProblem) => void): void {
  const data = record(input);
  if (!data) return;
  const problems = new Problems(report);

  // Absent: the Ampel (the schema's default). Present but of the wrong shape: zod reports it.
  const scale = data.statusScale === undefined ? (AMPEL_SCALE as unknown as Json) : record(data.statusScale);
  const statusIds = idsOf(problems, scale, ['statusScale'], 'statuses', ['status', 'ein Status', 'a status']);
  // Each check asks first and builds the path only for a problem: it runs for every measure.
  const statusKnown = (value: unknown) => !statusIds || typeof value !== 'string' || statusIds.has(value);
  const checkStatus = (value: unknown, path: IssuePath) => {
    if (!statusKnown(value)) report({ code: 'unknownStatus', path, value, allowed: statusIds! });
  };
  checkStatus(scale?.unrated, ['statusScale', 'unrated']);

  const evaluationIds = idsOf(problems, data, [], 'evaluations', ['evaluation', 'ein Bericht', 'an evaluation']);
  const evaluationKnown = (value: unknown) => !evaluationIds || typeof value !== 'string' || evaluationIds.has(value);
  const checkEvaluation = (value: unknown, path: IssuePath) => {
    if (!evaluationKnown(value)) report({ code: 'unknownEvaluation', path, value });
  };

  const fieldIds = idsOf(problems, data, [], 'fields', ['field', 'ein Feld', 'a field']);
  const checkField = (value: unknown, path: IssuePath) => {
    if (fieldIds && typeof value === 'string' && !fieldIds.has(value)) report({ code: 'unknownField', path, value });
  };

  const participationIds = idsOf(problems, data, [], 'participation', ['participation', 'eine Beteiligung', 'a participation input'], (p, at) => {
    checkField(p?.field, [...at, 'field']);
    const from = stringAt(p, 'date');
    const to = stringAt(p, 'dateTo');
    if (from && to && to < from) report({ code: 'dateOrder', path: [...at, 'dateTo'], start: from, end: to });
  });
  idsOf(problems, data, [], 'guidelines', ['guideline', 'eine Leitlinie', 'a guideline'], (g, at) => checkField(g?.field, [...at, 'field']));
  idsOf(problems, data, [], 'integrationReports', ['integrationReport', 'ein Integrationsbericht', 'an integration report'], (r, at) => {
    const measures = listAt(r, 'measures') ?? [];
    for (let mi = 0; mi < measures.length; mi++) checkField(record(measures[mi])?.field, [...at, 'measures', mi, 'field']);
  });

  // Plain loops, and paths built only for a problem: this runs over every measure of the export.
  const fields = listAt(data, 'fields') ?? [];
  const places = new MeasurePlaces();
  const measureNumbers = new Map<string, number>();
  let measureNumber = 0;
  const at = (fi: number, oi: number, mi: number, ...rest: Array<string | number>): IssuePath => ['fields', fi, 'objectives', oi, 'measures', mi, ...rest];
  for (let fi = 0; fi < fields.length; fi++) {
    const objectives = listAt(record(fields[fi]), 'objectives') ?? [];
    for (let oi = 0; oi < objectives.length; oi++) {
      const objective = record(objectives[oi]);
      problems.unique(['objective', 'ein Unterziel', 'an objective'], objective, ['fields', fi, 'objectives', oi]);
      const measures = listAt(objective, 'measures') ?? [];
      places.objective(fi, oi, measureNumber);
      for (let mi = 0; mi < measures.length; mi++, measureNumber++) {
        const measure = record(measures[mi]);
        if (!measure) continue;
        const id = stringAt(measure, 'id');
        if (id !== undefined) {
          const first = measureNumbers.get(id);
          if (first === undefined) measureNumbers.set(id, measureNumber);
          else report({ code: 'duplicateId', path: at(fi, oi, mi, 'id'), of: { de: 'eine Maßnahme', en: 'a measure' }, id, first: places.path(first) });
        }
        const status = record(measure.status);
        if (status && !statusKnown(status.value)) checkStatus(status.value, at(fi, oi, mi, 'status', 'value'));
        if (status && !evaluationKnown(status.evaluation)) checkEvaluation(status.evaluation, at(fi, oi, mi, 'status', 'evaluation'));
        const history = listAt(measure, 'history');
        if (history?.length && !historyFine(history, statusKnown, evaluationKnown)) {
          checkHistory(report, history, checkStatus, checkEvaluation, (...rest) => at(fi, oi, mi, 'history', ...rest));
        }
        // Validated YYYY[-MM[-DD]] strings sort by their characters (no collation needed).
        const timeframe = record(measure.timeframe);
        const start = stringAt(timeframe, 'start');
        const end = stringAt(timeframe, 'end');
        if (start && end && end < start && !start.startsWith(end)) report({ code: 'dateOrder', path: at(fi, oi, mi, 'timeframe', 'end'), start, end });
        const participation = listAt(measure, 'participation') ?? [];
        for (let pi = 0; pi < participation.length; pi++) {
          const ref = participation[pi];
          if (participationIds && typeof ref === 'string' && !participationIds.has(ref))
            report({ code: 'unknownParticipation', path: at(fi, oi, mi, 'participation', pi), value: ref });
        }
      }
    }
  }
}

/** A history without a problem (the common case), checked without building anything. */
function historyFine(history: readonly unknown[], statusKnown: (value: unknown) => boolean, evaluationKnown: (value: unknown) => boolean): boolean {
  if (history.length > 8) return false;
  for (let hi = 0; hi < history.length; hi++) {
    const entry = record(history[hi]);
    if (!entry) continue;
    if (!statusKnown(entry.status) || !evaluationKnown(entry.evaluation)) return false;
    const evaluation = entry.evaluation;
    if (typeof evaluation !== 'string') continue;
    for (let earlier = 0; earlier < hi; earlier++) if (record(history[earlier])?.evaluation === evaluation) return false;
  }
  return true;
}

function checkHistory(
  report: (problem: SemanticProblem) => void,
  history: readonly unknown[],
  checkStatus: (value: unknown, path: IssuePath) => void,
  checkEvaluation: (value: unknown, path: IssuePath) => void,
  at: (...rest: Array<string | number>) => IssuePath,
): void {
  // A measure has a handful of reports: a set only pays for long (or hostile) histories.
  const reported = history.length > 8 ? new Set<string>() : undefined;
  for (let hi = 0; hi < history.length; hi++) {
    const entry = record(history[hi]);
    if (!entry) continue;
    checkStatus(entry.status, at(hi, 'status'));
    checkEvaluation(entry.evaluation, at(hi, 'evaluation'));
    const evaluation = stringAt(entry, 'evaluation');
    if (evaluation === undefined) continue;
    let twice = false;
    if (reported) {
      twice = reported.has(evaluation);
      reported.add(evaluation);
    } else for (let earlier = 0; earlier < hi && !twice; earlier++) twice = record(history[earlier])?.evaluation === evaluation;
    if (twice) report({ code: 'reportedTwice', path: at(hi, 'evaluation'), evaluation });
  }
}
