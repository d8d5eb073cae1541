/**
 * A fast path for the common case: a valid export, fresh from `JSON.parse`.
 *
 * zod in a browser runs interpreted (`jitless`, because its compiled fast paths need `new Function`,
 * which strict Content Security Policies forbid), and checking a 10,000-measure export took about
 * ten times as long as `JSON.parse` of it (docs/BENCHMARKS.md). Here the same zod schema is turned
 * once into plain closures, without eval, that answer only "valid, and here is the output" or "not
 * valid". The output equals zod's (same values, same keys in the same order, defaults filled in)
 * and is frozen. Where the input's keys are already in the schema's order it is completed and
 * frozen in place instead of copied: the value given is used up, so it must be one nobody else
 * holds (fresh from `JSON.parse`). When the answer is "not valid", `parseConcept` parses the text
 * again and asks zod, which finds and words every problem: the closures never report anything.
 *
 * Only what zod's definitions say is followed, and only the kinds of schema and check this format
 * uses; a schema with anything else gets no fast path at all (`compileFastPath` returns undefined),
 * so a change to the schema can make parsing slower, never laxer. test/schema/fast-parse.test.ts
 * compares both paths on the samples, generated exports and every broken export.
 */
import type * as z from 'zod/mini';

/** "Not valid (or not sure)": ask zod. */
export const INVALID: unique symbol = Symbol('invalid');
type Result = unknown;
type Validate = (value: unknown) => Result;

const EMPTY_LIST: readonly unknown[] = Object.freeze([]);

/** Keys that would reach a prototype: never taken on the fast path, so zod's path reports them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Unsupported extends Error {}

interface Def {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly [key: string]: unknown;
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** zod's internal definitions (`_zod.def`) are not typed per kind; each use checks `kind`/`check` first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ZodDef = Record<string, any>;

/** Compiles a check to a predicate; every kind this format does not use is refused. */
function compileCheck(check: z.core.$ZodCheck): (value: unknown) => boolean {
  const def = check._zod.def as unknown as ZodDef;
  const when = def.when as ((payload: { value: unknown; issues: unknown[] }) => boolean) | undefined;
  let test: (value: unknown) => boolean;
  switch (def.check) {
    case 'max_length': {
      const max = def.maximum as number;
      test = (v) => (v as string | unknown[]).length <= max;
      break;
    }
    case 'min_length': {
      const min = def.minimum as number;
      test = (v) => (v as string | unknown[]).length >= min;
      break;
    }
    case 'string_format': {
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) throw new Unsupported(`string format ${def.format}`);
      const pattern = def.pattern as RegExp;
      test = (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
      break;
    }
    case 'custom': {
      const fn = def.fn as (v: unknown) => unknown;
      test = (v) => {
        const r = fn(v);
        if (r instanceof Promise) throw new Unsupported('async refinement');
        return Boolean(r);
      };
      break;
    }
    case 'greater_than': {
      const limit = def.value as number;
      test = def.inclusive ? (v) => (v as number) >= limit : (v) => (v as number) > limit;
      break;
    }
    case 'less_than': {
      const limit = def.value as number;
      test = def.inclusive ? (v) => (v as number) <= limit : (v) => (v as number) < limit;
      break;
    }
    case 'number_format': {
      if (def.format !== 'safeint') throw new Unsupported(`number format ${def.format}`);
      test = (v) => Number.isSafeInteger(v);
      break;
    }
    default:
      throw new Unsupported(`check ${def.check}`);
  }
  // Length checks always run on strings and arrays; any other condition is asked as zod asks it.
  if (!when || def.check === 'max_length' || def.check === 'min_length') return test;
  return (v) => !when({ value: v, issues: [] }) || test(v);
}

function checksOf(schema: z.core.$ZodType): Array<ZodDef> {
  return (defOf(schema).checks ?? []).map((c) => c._zod.def as unknown as ZodDef);
}

/** Length limits (the only checks a list may have here); their `when` always holds for lists and strings. */
function lengthLimits(
  schema: z.core.$ZodType,
  others: (check: ZodDef) => void = (c) => {
    throw new Unsupported(`check ${c.check}`);
  },
): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const check of checksOf(schema)) {
    if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
    else if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
    else others(check);
  }
  return { min, max };
}

/**
 * A string schema as one closure, its checks inlined: most values of an export are strings, and a
 * call per check was a good part of the time. A refinement that answers anything but `true` sends
 * the export to zod, which decides.
 */
function compileString(schema: z.core.$ZodType): Validate {
  const patterns: RegExp[] = [];
  const refinements: Array<(v: string) => unknown> = [];
  const { min, max } = lengthLimits(schema, (check) => {
    if (check.when) throw new Unsupported('a condition on a check');
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) patterns.push(check.pattern);
    else if (check.check === 'custom') refinements.push(check.fn);
    else throw new Unsupported(`check ${check.check} ${check.format ?? ''}`);
  });
  if (patterns.length > 1) throw new Unsupported('two patterns');
  const pattern = patterns[0];
  return (v) => {
    if (typeof v !== 'string' || v.length > max || v.length < min) return INVALID;
    if (pattern !== undefined) {
      pattern.lastIndex = 0;
      if (!pattern.test(v)) return INVALID;
    }
    for (let i = 0; i < refinements.length; i++) if (refinements[i]!(v) !== true) return INVALID;
    return v;
  };
}

function withChecks(schema: z.core.$ZodType, base: Validate): Validate {
  const checks: z.core.$ZodCheck[] = [...(defOf(schema).checks ?? [])];
  // A schema that is itself a check (z.int()) runs itself first, as zod does.
  if ((schema._zod as unknown as { traits: Set<string> }).traits.has('$ZodCheck')) checks.unshift(schema as unknown as z.core.$ZodCheck);
  if (!checks.length) return base;
  const tests = checks.map(compileCheck);
  return (value) => {
    const out = base(value);
    if (out === INVALID) return INVALID;
    for (const test of tests) if (!test(out)) return INVALID;
    return out;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** How a property of an object behaves when its key is absent. */
interface Property {
  readonly key: string;
  readonly validate: Validate;
  /** Absent: leave out (`optional`), fill in (`default`), or the export is invalid (required). */
  readonly absent: 'omit' | 'default' | 'required';
  readonly fallback?: () => unknown;
}

function compile(schema: z.core.$ZodType, depth: { max: number }, level: number): Validate {
  depth.max = Math.max(depth.max, level);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      if (def['coerce']) throw new Unsupported('coercion');
      return compileString(schema);
    case 'number':
      if (def['coerce']) throw new Unsupported('coercion');
      return withChecks(schema, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID));
    case 'boolean':
      if (def['coerce']) throw new Unsupported('coercion');
      return withChecks(schema, (v) => (typeof v === 'boolean' ? v : INVALID));
    case 'literal':
    case 'enum': {
      const values = (schema._zod as unknown as { values?: Set<unknown> }).values;
      if (!values) throw new Unsupported(def.type);
      return withChecks(schema, (v) => (values.has(v) ? v : INVALID));
    }
    case 'array': {
      const element = compile(def['element'] as z.core.$ZodType, depth, level + 1);
      const { min, max } = lengthLimits(schema);
      return (v) => {
        if (!Array.isArray(v) || v.length > max || v.length < min) return INVALID;
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i]);
          if (item === INVALID) return INVALID;
          if (item !== v[i]) v[i] = item;
        }
        return Object.freeze(v);
      };
    }
    case 'record': {
      const keyType = def['keyType'] as z.core.$ZodType;
      if ((keyType._zod as unknown as { values?: unknown }).values || def['mode'] !== undefined || defOf(keyType).type !== 'string') {
        throw new Unsupported('record keys');
      }
      const key = compile(keyType, depth, level + 1);
      const value = compile(def['valueType'] as z.core.$ZodType, depth, level + 1);
      return withChecks(schema, (v) => {
        if (!isJsonObject(v)) return INVALID;
        const input = v as Record<string, unknown>;
        for (const k in input) {
          if (FORBIDDEN_KEYS.has(k) || key(k) === INVALID) return INVALID;
          const item = value(input[k]);
          if (item === INVALID) return INVALID;
          if (item !== input[k]) input[k] = item;
        }
        return Object.freeze(input);
      });
    }
    case 'union': {
      const options = (def['options'] as z.core.$ZodType[]).map((o) => compile(o, depth, level));
      // A text: a string, or (anything else) a language map. A string the first option refuses the
      // second refuses too, so each value needs only one of them.
      const first = (def['options'] as z.core.$ZodType[])[0]!;
      if (options.length === 2 && defOf(first).type === 'string' && !(def.checks ?? []).length) {
        const [asString, otherwise] = options as [Validate, Validate];
        return (v) => (typeof v === 'string' ? asString(v) : otherwise(v));
      }
      // The first option that accepts the value wins, as in zod.
      return withChecks(schema, (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== INVALID) return out;
        }
        return INVALID;
      });
    }
    case 'object':
      return compileObject(schema, def, depth, level);
    default:
      // optional and default only make sense as an object's property (see compileObject).
      throw new Unsupported(def.type);
  }
}

function compileObject(schema: z.core.$ZodType, def: Def, depth: { max: number }, level: number): Validate {
  const catchall = def['catchall'] as z.core.$ZodType | undefined;
  if (!catchall || defOf(catchall).type !== 'never') throw new Unsupported('non-strict object');
  const shape = def['shape'] as Record<string, z.core.$ZodType>;
  const properties: Property[] = Object.keys(shape).map((key) => {
    if (FORBIDDEN_KEYS.has(key)) throw new Unsupported(`key ${key}`);
    let inner = shape[key]!;
    let absent: Property['absent'] = 'required';
    let fallback: (() => unknown) | undefined;
    const innerDef = defOf(inner);
    if (innerDef.type === 'optional') {
      inner = innerDef['innerType'] as z.core.$ZodType;
      if (defOf(inner).type === 'optional' || defOf(inner).type === 'default') throw new Unsupported('nested optional');
      absent = 'omit';
    } else if (innerDef.type === 'default') {
      const holder = innerDef;
      inner = innerDef['innerType'] as z.core.$ZodType;
      absent = 'default';
      // zod reads `defaultValue` afresh each time (a copy, or the result of the default's function).
      // An empty list (most defaults) is shared instead: frozen, it is as good as a fresh one, and a
      // big export would otherwise get tens of thousands of them.
      const sample = holder['defaultValue'];
      fallback = Array.isArray(sample) && sample.length === 0 ? () => EMPTY_LIST : () => deepFreeze(holder['defaultValue']);
    }
    if (inner !== shape[key] && (innerDef.checks ?? []).length) throw new Unsupported('checks on an optional value');
    return { key, validate: compile(inner, depth, level + 1), absent, fallback };
  });
  const index = new Map(properties.map((p, i) => [p.key, i]));
  return withChecks(schema, (v) => {
    if (!isJsonObject(v)) return INVALID;
    const input = v as Record<string, unknown>;
    // A strict object: a key beyond the shape is a problem zod words ("did you mean …"). While
    // at it: are the keys in the shape's order (then zod's output has the input's order)?
    // Keys in the shape's order are matched by walking along it (JSON.parse's keys are internalized
    // strings, so each comparison is cheap); only a key out of order needs the index.
    let last = -1;
    let ordered = true;
    let next = 0;
    for (const key in input) {
      while (next < properties.length && properties[next]!.key !== key) next++;
      if (next < properties.length) {
        last = next++;
        continue;
      }
      if (index.get(key) === undefined) return INVALID;
      ordered = false;
    }
    let copy = !ordered;
    let defaults = false;
    for (let i = 0; i < properties.length; i++) {
      const p = properties[i]!;
      const raw = input[p.key];
      if (raw === undefined) {
        // Absent (JSON has no undefined; a present key holding undefined is zod's business).
        if (p.key in input || p.absent === 'required') return INVALID;
        if (p.absent === 'default') {
          defaults = true;
          // zod puts a default where the shape has it: before a present key, that takes a new object.
          if (i < last) copy = true;
        }
        continue;
      }
      const value = p.validate(raw);
      if (value === INVALID) return INVALID;
      if (value !== raw) input[p.key] = value;
    }
    if (!copy) {
      // The input is ours (fresh from JSON.parse): completed and frozen in place, which spares
      // allocating a second copy of a 10,000-measure export.
      if (defaults) for (const p of properties) if (p.absent === 'default' && !(p.key in input)) input[p.key] = p.fallback!();
      return Object.freeze(input);
    }
    const out: Record<string, unknown> = {};
    for (const p of properties) {
      if (p.key in input) out[p.key] = input[p.key];
      else if (p.absent === 'default') out[p.key] = p.fallback!();
    }
    return Object.freeze(out);
  });
}

/**
 * What JSON.parse makes of `{…}`. Its objects are always plain (zod's records want plain objects),
 * so no prototype needs looking at: the fast path only ever sees JSON.parse's output.
 */
function isJsonObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface FastPath {
  /** The frozen output zod would give, or INVALID. Uses up `value` (see above), even when INVALID. */
  readonly parse: (value: unknown) => unknown;
  /** The longest path (keys from the root) to any value this path accepts: deeper input is never valid. */
  readonly maxDepth: number;
}

/** The fast path of a schema, or undefined when the schema uses something it does not follow. */
export function compileFastPath(schema: z.core.$ZodType): FastPath | undefined {
  try {
    const depth = { max: 0 };
    const parse = compile(schema, depth, 0);
    return { parse, maxDepth: depth.max };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
