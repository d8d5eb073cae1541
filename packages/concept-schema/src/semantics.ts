/**
 * What a schema of shapes cannot say: ids are unique, references resolve, dates are in order.
 *
 * Runs on whatever JSON.parse gave, valid or not: `konzept validate` lists a status missing from
 * the scale and a doubled id in the same run as a wrong type elsewhere, not only once those are
 * fixed. Where a part of the data has the wrong shape, the checks that need it are skipped (zod
 * reports that part). Every check is one pass with hash sets: linear in the size of the export,
 * however the ids repeat (a doubled id's first place is found by binary search, not by walking).
 */
import { AMPEL_SCALE } from './defaults.js';
import { issue, pathToString, quoted, shortened, type ConceptIssue, type IssuePath } from './issues.js';

type Json = Record<string, unknown>;

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
  readonly list: ConceptIssue[] = [];
  private readonly seen = new Map<string, Map<string, IssuePath>>();

  add(problem: ConceptIssue): void {
    this.list.push(problem);
  }

  doubled(id: string, at: IssuePath, first: IssuePath, de: string, en: string): void {
    this.add(
      issue(
        at.concat('id'),
        'duplicateId',
        `Die Kennung ${quoted(id)} ist doppelt: ${de} mit dieser Kennung steht schon bei ${pathToString(first)}.`,
        `The id ${quoted(id)} is used twice: ${en} with this id is already at ${pathToString(first)}.`,
      ),
    );
  }

  /** Remembers an id of a kind; a second use is a problem. Returns the id if it is a string. */
  unique(kind: string, owner: Json | undefined, path: IssuePath, de: string, en: string): string | undefined {
    const id = stringAt(owner, 'id');
    if (id === undefined) return undefined;
    let ids = this.seen.get(kind);
    if (!ids) this.seen.set(kind, (ids = new Map()));
    const first = ids.get(id);
    if (first) this.doubled(id, path, first, de, en);
    else ids.set(id, path);
    return id;
  }

  unknown(path: IssuePath, code: 'unknownStatus' | 'unknownEvaluation' | 'unknownReference', de: string, en: string): void {
    this.add(issue(path, code, de, en));
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
  kind: readonly [string, string, string],
  each?: (entry: Json | undefined, at: IssuePath) => void,
): Set<string> | undefined {
  const entries = listAt(owner, key);
  if (!entries) return undefined;
  let ids: Set<string> | undefined = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = record(entries[i]);
    const at: IssuePath = [...prefix, key, i];
    const id = problems.unique(kind[0], entry, at, kind[1], kind[2]);
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

function dateOrder(path: IssuePath, start: string, end: string): ConceptIssue {
  return issue(
    path,
    'dateOrder',
    `Das Ende (${shortened(end)}) liegt vor dem Anfang (${shortened(start)}).`,
    `The end (${shortened(end)}) is before the start (${shortened(start)}).`,
  );
}

/** Every semantic problem of an export (parsed, or the raw value of one zod refused). */
export function checkSemantics(input: unknown): ConceptIssue[] {
  const data = record(input);
  if (!data) return [];
  const problems = new Problems();

  // Absent: the Ampel (the schema's default). Present but of the wrong shape: zod reports it.
  const scale = data.statusScale === undefined ? (AMPEL_SCALE as unknown as Json) : record(data.statusScale);
  const statusIds = idsOf(problems, scale, ['statusScale'], 'statuses', ['status', 'ein Status', 'a status']);
  const statusList = statusIds ? [...statusIds].map(quoted).join(', ') : '';
  // Each check asks first and builds the path only for a problem: it runs for every measure.
  const statusKnown = (value: unknown) => !statusIds || typeof value !== 'string' || statusIds.has(value);
  const checkStatus = (value: unknown, path: IssuePath) => {
    if (statusKnown(value)) return;
    problems.unknown(
      path,
      'unknownStatus',
      `Der Status ${quoted(value)} steht nicht in der Statusskala (erlaubt: ${statusList}).`,
      `The status ${quoted(value)} is not in the status scale (allowed: ${statusList}).`,
    );
  };
  checkStatus(scale?.unrated, ['statusScale', 'unrated']);

  const evaluationIds = idsOf(problems, data, [], 'evaluations', ['evaluation', 'ein Bericht', 'an evaluation']);
  const evaluationKnown = (value: unknown) => !evaluationIds || typeof value !== 'string' || evaluationIds.has(value);
  const checkEvaluation = (value: unknown, path: IssuePath) => {
    if (evaluationKnown(value)) return;
    problems.unknown(
      path,
      'unknownEvaluation',
      `Der Bericht ${quoted(value)} ist unter "evaluations" nicht aufgeführt.`,
      `The evaluation ${quoted(value)} is not listed under "evaluations".`,
    );
  };

  const fieldIds = idsOf(problems, data, [], 'fields', ['field', 'ein Feld', 'a field']);
  const checkField = (value: unknown, path: IssuePath) => {
    if (!fieldIds || typeof value !== 'string' || fieldIds.has(value)) return;
    problems.unknown(path, 'unknownReference', `Es gibt kein Feld ${quoted(value)}.`, `There is no field ${quoted(value)}.`);
  };

  const participationIds = idsOf(problems, data, [], 'participation', ['participation', 'eine Beteiligung', 'a participation input'], (p, at) => {
    checkField(p?.field, [...at, 'field']);
    const from = stringAt(p, 'date');
    const to = stringAt(p, 'dateTo');
    if (from && to && to < from) problems.add(dateOrder([...at, 'dateTo'], from, to));
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
      problems.unique('objective', objective, ['fields', fi, 'objectives', oi], 'ein Unterziel', 'an objective');
      const measures = listAt(objective, 'measures') ?? [];
      places.objective(fi, oi, measureNumber);
      for (let mi = 0; mi < measures.length; mi++, measureNumber++) {
        const measure = record(measures[mi]);
        if (!measure) continue;
        const id = stringAt(measure, 'id');
        if (id !== undefined) {
          const first = measureNumbers.get(id);
          if (first === undefined) measureNumbers.set(id, measureNumber);
          else problems.doubled(id, at(fi, oi, mi), places.path(first), 'eine Maßnahme', 'a measure');
        }
        const status = record(measure.status);
        if (status && !statusKnown(status.value)) checkStatus(status.value, at(fi, oi, mi, 'status', 'value'));
        if (status && !evaluationKnown(status.evaluation)) checkEvaluation(status.evaluation, at(fi, oi, mi, 'status', 'evaluation'));
        const history = listAt(measure, 'history');
        if (history?.length && !historyFine(history, statusKnown, evaluationKnown)) {
          checkHistory(problems, history, checkStatus, checkEvaluation, (...rest) => at(fi, oi, mi, 'history', ...rest));
        }
        // Validated YYYY[-MM[-DD]] strings sort by their characters (no collation needed).
        const timeframe = record(measure.timeframe);
        const start = stringAt(timeframe, 'start');
        const end = stringAt(timeframe, 'end');
        if (start && end && end < start && !start.startsWith(end)) problems.add(dateOrder(at(fi, oi, mi, 'timeframe', 'end'), start, end));
        const participation = listAt(measure, 'participation') ?? [];
        for (let pi = 0; pi < participation.length; pi++) {
          const ref = participation[pi];
          if (!participationIds || typeof ref !== 'string' || participationIds.has(ref)) continue;
          problems.unknown(
            at(fi, oi, mi, 'participation', pi),
            'unknownReference',
            `Die Beteiligung ${quoted(ref)} ist unter "participation" nicht aufgeführt.`,
            `The participation input ${quoted(ref)} is not listed under "participation".`,
          );
        }
      }
    }
  }
  return problems.list;
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
  problems: Problems,
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
    if (twice) {
      problems.add(
        issue(
          at(hi, 'evaluation'),
          'duplicateId',
          `Für den Bericht ${quoted(evaluation)} hat diese Maßnahme schon einen Status.`,
          `This measure already has a status for the evaluation ${quoted(evaluation)}.`,
        ),
      );
    }
  }
}
