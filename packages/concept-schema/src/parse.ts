/**
 * `parseConcept`: from whatever a web editor uploaded to a typed, frozen `Concept`, or to the list of
 * every problem in it. Never throws: bad input is the normal case here, not the exception.
 */
import type * as z from 'zod/mini';
import { schemas } from './schema.js';
import { fromZodIssue, issue, pathToString, type ConceptIssue, type IssuePath } from './issues.js';
import type { Concept } from './types.js';
import { findJsonErrorOffset } from './json-position.js';
import { compileFastPath, INVALID, type FastPath } from './fast-parse.js';

export interface ParseOptions {
  /** Refuse text longer than this many characters before parsing it (default 20 million, about 20 MB). */
  maxLength?: number;
  /** Refuse nesting deeper than this (default 40; a valid export needs about 10). */
  maxDepth?: number;
}

export type ParseResult =
  | { readonly success: true; readonly concept: Concept; readonly issues: readonly [] }
  | { readonly success: false; readonly concept?: undefined; readonly issues: readonly ConceptIssue[] };

const DEFAULT_MAX_LENGTH = 20_000_000;
const DEFAULT_MAX_DEPTH = 40;
/** Keys that would reach an object's prototype if some later code copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function fail(issues: ConceptIssue[]): ParseResult {
  return { success: false, issues };
}

/** Parses JSON text or an already parsed value. */
export function parseConcept(input: unknown, options: ParseOptions = {}): ParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (input.length > maxLength) {
      const mb = (n: number, locale: string) => (n / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 });
      return fail([
        issue(
          [],
          'tooLarge',
          `Die Datei ist zu groß (${mb(input.length, 'de-DE')} MB, erlaubt sind ${mb(maxLength, 'de-DE')} MB).`,
          `The file is too large (${mb(input.length, 'en-GB')} MB, the limit is ${mb(maxLength, 'en-GB')} MB).`,
        ),
      ]);
    }
    const parsed = parseJson(input);
    if (!parsed.ok) return fail([parsed.issue]);
    data = parsed.value;
    // Fresh from JSON.parse, a valid export takes the fast path (see fast-parse.ts). Anything it
    // does not accept is parsed again (the fast path used the value up) and goes the whole way
    // below, which finds and words every problem.
    const fast = fastPath();
    if (fast && (options.maxDepth ?? DEFAULT_MAX_DEPTH) >= fast.maxDepth) {
      const concept = fast.parse(data);
      if (concept !== INVALID) {
        const semantic = checkSemantics(concept as Concept);
        return semantic.length ? fail(semantic) : { success: true, concept: concept as Concept, issues: [] };
      }
      data = (parseJson(input) as { value: unknown }).value;
    }
  }

  const unsafe = checkStructure(data, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (unsafe.length) return fail(unsafe);

  const { concept: schema } = schemas();
  const result = schema.safeParse(data, { reportInput: false });
  if (!result.success) {
    return fail(result.error.issues.flatMap((raw) => fromZodIssue(raw, data, (path) => knownKeysAt(schema, path))));
  }
  const semantic = checkSemantics(result.data as Concept);
  if (semantic.length) return fail(semantic);
  return { success: true, concept: deepFreeze(result.data) as Concept, issues: [] };
}

let fast: FastPath | undefined | null = null;
function fastPath(): FastPath | undefined {
  if (fast === null) fast = compileFastPath(schemas().concept);
  return fast;
}

/** Like `parseConcept`, but throws a `ConceptError` carrying every issue. For scripts and tests. */
export function parseConceptOrThrow(input: unknown, options?: ParseOptions): Concept {
  const result = parseConcept(input, options);
  if (!result.success) throw new ConceptError(result.issues);
  return result.concept;
}

export class ConceptError extends Error {
  readonly issues: readonly ConceptIssue[];
  constructor(issues: readonly ConceptIssue[]) {
    super(
      `Invalid concept export (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.at}: ${i.message.en}`).join('\n'),
    );
    this.name = 'ConceptError';
    this.issues = issues;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: ConceptIssue } {
  // A UTF-8 BOM is what Windows editors put first; JSON.parse rejects it, people should not have to care.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, issue: issue([], 'json', 'Die Datei ist leer.', 'The file is empty.') };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const offset = findJsonErrorOffset(body);
    let whereDe = '';
    let whereEn = '';
    if (offset >= body.length) {
      whereDe = ' am Ende (die Datei ist abgeschnitten oder eine Klammer fehlt)';
      whereEn = ' at the end (the file is cut off or a bracket is missing)';
    } else if (offset >= 0) {
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      const near = JSON.stringify(body.slice(offset, offset + 12));
      whereDe = ` in Zeile ${line}, Spalte ${column} (bei ${near})`;
      whereEn = ` at line ${line}, column ${column} (at ${near})`;
    }
    return {
      ok: false,
      issue: issue(
        [],
        'json',
        `Die Datei ist kein gültiges JSON${whereDe}. Häufige Ursachen: ein Komma zu viel oder zu wenig, einfache statt doppelter Anführungszeichen.`,
        `The file is not valid JSON${whereEn}. Common causes: a missing or extra comma, single instead of double quotes.`,
      ),
    };
  }
}

/**
 * Walks the raw value without recursion (so 10,000-deep nesting cannot overflow the stack) and
 * rejects what no export needs but attacks use: prototype keys and absurd depth.
 */
function checkStructure(root: unknown, maxDepth: number): ConceptIssue[] {
  const problems: ConceptIssue[] = [];
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > maxDepth) {
      problems.push(
        issue(
          path.slice(0, 12),
          'tooDeep',
          `Die Daten sind tiefer als ${maxDepth} Ebenen verschachtelt; ein Integrationskonzept braucht etwa 10.`,
          `The data is nested deeper than ${maxDepth} levels; a concept needs about 10.`,
        ),
      );
      return problems;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(
          issue(
            [...path, key],
            'forbiddenKey',
            `Der Schlüssel "${key}" ist nicht erlaubt (er könnte Programme auf der Seite verändern).`,
            `The key "${key}" is not allowed (it could tamper with programs on the page).`,
          ),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
    if (problems.length >= 100) return problems;
  }
  return problems;
}

/** The keys the schema allows at a path, for "did you mean". */
function knownKeysAt(schema: z.core.$ZodType, path: IssuePath): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (!current) return [];
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') current = (def.shape as Record<string, z.core.$ZodType>)[String(key)];
    else if (def.type === 'array') current = def.element as z.core.$ZodType;
    else return [];
  }
  current = unwrap(current);
  const def = current?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let i = 0; current && i < 5; i++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType as z.core.$ZodType;
    else break;
  }
  return current;
}

/** What a schema of shapes cannot say: ids are unique, references resolve, dates are in order. */
function checkSemantics(concept: Concept): ConceptIssue[] {
  const problems: ConceptIssue[] = [];
  const doubled = (id: string, at: IssuePath, first: IssuePath, de: string, en: string) => {
    problems.push(
      issue(
        at.concat('id'),
        'duplicateId',
        `Die Kennung "${id}" ist doppelt: ${de} mit dieser Kennung steht schon bei ${pathToString(first)}.`,
        `The id "${id}" is used twice: ${en} with this id is already at ${pathToString(first)}.`,
      ),
    );
  };
  const seen = new Map<string, Map<string, IssuePath>>();
  const unique = (kind: string, id: string, path: IssuePath, de: string, en: string) => {
    let ids = seen.get(kind);
    if (!ids) seen.set(kind, (ids = new Map()));
    const first = ids.get(id);
    if (first) doubled(id, path, first, de, en);
    else ids.set(id, path);
  };

  const statusIds = new Set<string>();
  concept.statusScale.statuses.forEach((s, i) => {
    unique('status', s.id, ['statusScale', 'statuses', i], 'ein Status', 'a status');
    statusIds.add(s.id);
  });
  const statusList = [...statusIds].map((s) => `"${s}"`).join(', ');
  const checkStatus = (value: string, path: IssuePath) => {
    if (!statusIds.has(value)) {
      problems.push(
        issue(
          path,
          'unknownStatus',
          `Der Status "${value}" steht nicht in der Statusskala (erlaubt: ${statusList}).`,
          `The status "${value}" is not in the status scale (allowed: ${statusList}).`,
        ),
      );
    }
  };
  if (concept.statusScale.unrated !== undefined) checkStatus(concept.statusScale.unrated, ['statusScale', 'unrated']);

  const evaluationIds = new Set<string>();
  concept.evaluations.forEach((e, i) => {
    unique('evaluation', e.id, ['evaluations', i], 'ein Bericht', 'an evaluation');
    evaluationIds.add(e.id);
  });
  const checkEvaluation = (value: string, path: IssuePath) => {
    if (!evaluationIds.has(value)) {
      problems.push(
        issue(
          path,
          'unknownEvaluation',
          `Der Bericht "${value}" ist unter "evaluations" nicht aufgeführt.`,
          `The evaluation "${value}" is not listed under "evaluations".`,
        ),
      );
    }
  };

  const fieldIds = new Set<string>();
  concept.fields.forEach((f, i) => {
    unique('field', f.id, ['fields', i], 'ein Feld', 'a field');
    fieldIds.add(f.id);
  });
  const checkField = (value: string, path: IssuePath) => {
    if (!fieldIds.has(value)) {
      problems.push(issue(path, 'unknownReference', `Es gibt kein Feld "${value}".`, `There is no field "${value}".`));
    }
  };

  const participationIds = new Set<string>();
  concept.participation.forEach((p, i) => {
    const at: IssuePath = ['participation', i];
    unique('participation', p.id, at, 'eine Beteiligung', 'a participation input');
    participationIds.add(p.id);
    if (p.field !== undefined) checkField(p.field, [...at, 'field']);
    if (p.date && p.dateTo && p.dateTo < p.date) problems.push(dateOrder([...at, 'dateTo'], p.date, p.dateTo));
  });
  concept.guidelines.forEach((g, i) => {
    unique('guideline', g.id, ['guidelines', i], 'eine Leitlinie', 'a guideline');
    if (g.field !== undefined) checkField(g.field, ['guidelines', i, 'field']);
  });

  // Plain loops, and paths built only for a problem: this runs over every measure of the export.
  // A measure's id is remembered with its number in document order, its path found again if needed.
  const measureNumbers = new Map<string, number>();
  const measurePath = (n: number): IssuePath => {
    for (let fi = 0; fi < concept.fields.length; fi++) {
      const objectives = concept.fields[fi]!.objectives;
      for (let oi = 0; oi < objectives.length; oi++) {
        const count = objectives[oi]!.measures.length;
        if (n < count) return ['fields', fi, 'objectives', oi, 'measures', n];
        n -= count;
      }
    }
    return [];
  };
  const at = (fi: number, oi: number, mi: number, ...rest: Array<string | number>): IssuePath => ['fields', fi, 'objectives', oi, 'measures', mi, ...rest];
  let measureNumber = 0;
  for (let fi = 0; fi < concept.fields.length; fi++) {
    const objectives = concept.fields[fi]!.objectives;
    for (let oi = 0; oi < objectives.length; oi++) {
      const objective = objectives[oi]!;
      const oPath: IssuePath = ['fields', fi, 'objectives', oi];
      unique('objective', objective.id, oPath, 'ein Unterziel', 'an objective');
      const measures = objective.measures;
      for (let mi = 0; mi < measures.length; mi++) {
        const measure = measures[mi]!;
        const first = measureNumbers.get(measure.id);
        if (first === undefined) measureNumbers.set(measure.id, measureNumber);
        else doubled(measure.id, at(fi, oi, mi), measurePath(first), 'eine Maßnahme', 'a measure');
        measureNumber++;
        if (measure.status) {
          if (!statusIds.has(measure.status.value)) checkStatus(measure.status.value, at(fi, oi, mi, 'status', 'value'));
          const evaluation = measure.status.evaluation;
          if (evaluation !== undefined && !evaluationIds.has(evaluation)) checkEvaluation(evaluation, at(fi, oi, mi, 'status', 'evaluation'));
        }
        const history = measure.history;
        // A measure has a handful of reports: a set only pays for long (or hostile) histories.
        const reported = history.length > 8 ? new Set<string>() : undefined;
        for (let hi = 0; hi < history.length; hi++) {
          const entry = history[hi]!;
          if (!statusIds.has(entry.status)) checkStatus(entry.status, at(fi, oi, mi, 'history', hi, 'status'));
          if (!evaluationIds.has(entry.evaluation)) checkEvaluation(entry.evaluation, at(fi, oi, mi, 'history', hi, 'evaluation'));
          let twice = false;
          if (reported) {
            twice = reported.has(entry.evaluation);
            reported.add(entry.evaluation);
          } else for (let earlier = 0; earlier < hi && !twice; earlier++) twice = history[earlier]!.evaluation === entry.evaluation;
          if (twice) {
            problems.push(
              issue(
                at(fi, oi, mi, 'history', hi, 'evaluation'),
                'duplicateId',
                `Für den Bericht "${entry.evaluation}" hat diese Maßnahme schon einen Status.`,
                `This measure already has a status for the evaluation "${entry.evaluation}".`,
              ),
            );
          }
        }
        // Validated YYYY[-MM[-DD]] strings sort by their characters (no collation needed).
        const { start, end } = measure.timeframe ?? {};
        if (start && end && end < start && !start.startsWith(end)) {
          problems.push(dateOrder(at(fi, oi, mi, 'timeframe', 'end'), start, end));
        }
        const participation = measure.participation;
        for (let pi = 0; pi < participation.length; pi++) {
          const ref = participation[pi]!;
          if (participationIds.has(ref)) continue;
          problems.push(
            issue(
              at(fi, oi, mi, 'participation', pi),
              'unknownReference',
              `Die Beteiligung "${ref}" ist unter "participation" nicht aufgeführt.`,
              `The participation input "${ref}" is not listed under "participation".`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

function dateOrder(path: IssuePath, start: string, end: string): ConceptIssue {
  return issue(
    path,
    'dateOrder',
    `Das Ende (${end}) liegt vor dem Anfang (${start}).`,
    `The end (${end}) is before the start (${start}).`,
  );
}

function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) continue;
    Object.freeze(value);
    for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return root;
}
