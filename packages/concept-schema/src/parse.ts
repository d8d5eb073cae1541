/**
 * `parseConcept`: from whatever a web editor uploaded to a typed, frozen `Concept`, or to the list of
 * every problem in it. Never throws: bad input is the normal case here, not the exception.
 */
import type * as z from 'zod/mini';
import { schemas } from './schema.js';
import { issue, quoted, type ConceptIssue, type IssuePath } from './issues.js';
import { fromZodIssue } from './zod-issues.js';
import { checkSemantics } from './semantic-issues.js';
import type { Concept } from './types.js';
import { findJsonErrorOffset } from './json-position.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH, FORBIDDEN_KEYS, fail, quickParse, withoutBom, type ParseOptions, type ParseResult } from './quick-parse.js';

/** Parses JSON text or an already parsed value. */
export function parseConcept(input: unknown, options: ParseOptions = {}): ParseResult {
  // Text, fresh from JSON.parse, takes the fast path when it is valid (quick-parse.ts). An already
  // parsed value goes to zod here (parseConceptLazily copies it for the fast path instead).
  return (typeof input === 'string' ? quickParse(input, options) : undefined) ?? parseInDetail(input, options);
}

/**
 * zod's path, which finds and words every problem: for what the fast path did not accept. Text is
 * parsed again (the fast path used its value up).
 */
export function parseInDetail(input: unknown, options: ParseOptions = {}): ParseResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    const read = readText(input, options);
    if (!('value' in read)) return read;
    data = read.value;
  }

  const { problems: unsafe, tooDeep } = checkStructure(data, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  // Too deep for zod's recursion to be safe: that is all we say.
  if (tooDeep) return fail(unsafe);

  const { concept: schema } = schemas();
  const result = schema.safeParse(data, { reportInput: false });
  if (result.success && !unsafe.length) {
    const semantic = checkSemantics(result.data);
    if (semantic.length) return fail(semantic);
    return { success: true, concept: deepFreeze(result.data) as Concept, issues: [] };
  }
  // Every problem in one run: the shapes zod refused, the prototype keys, and what the semantic
  // checks can still judge in the raw data (a status missing from the scale, a doubled id).
  const reported = new Set(unsafe.map((p) => p.at));
  const structural = result.success
    ? []
    : result.error.issues
        .flatMap((raw) => fromZodIssue(raw, data, (path) => knownKeysAt(schema, path)))
        .filter((p) => !(p.code === 'unknownKey' && reported.has(p.at)));
  return fail([...unsafe, ...structural, ...checkSemantics(data)]);
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
    super(`Invalid concept export (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` + issues.map((i) => `  ${i.at}: ${i.message.en}`).join('\n'));
    this.name = 'ConceptError';
    this.issues = issues;
  }
}

/** The value of export text, or the problem: too long to parse, or no JSON. */
function readText(input: string, options: ParseOptions): { readonly value: unknown } | ParseResult {
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
  return parsed.ok ? { value: parsed.value } : fail([parsed.issue]);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: ConceptIssue } {
  const body = withoutBom(text);
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
function checkStructure(root: unknown, maxDepth: number): { problems: ConceptIssue[]; tooDeep: boolean } {
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
      return { problems, tooDeep: true };
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
            `Der Schlüssel ${quoted(key)} ist nicht erlaubt (er könnte Programme auf der Seite verändern).`,
            `The key ${quoted(key)} is not allowed (it could tamper with programs on the page).`,
          ),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
    if (problems.length >= 100) break;
  }
  return { problems, tooDeep: false };
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
