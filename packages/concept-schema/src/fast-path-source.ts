/**
 * Writes the fast path of parsing (fast-path.generated.ts) from the zod schema: plain code that a page
 * runs without loading zod, and faster than any interpretation of the schema (`npm run schema`
 * writes the file; test/schema/fast-parse.test.ts fails when it is stale). One small function per
 * shape and per check, sharing what all shapes do (fast-path.ts): a page loads this file, so it is
 * written for its size as much as for its speed.
 *
 * The fast path is for the common case: a valid export, fresh from `JSON.parse`. It answers only
 * "valid, and here is the output" or "not valid" (INVALID); the output equals zod's (same values,
 * same keys in the same order, defaults filled in) and is frozen. Where the input's keys are already
 * in the schema's order it is completed and frozen in place instead of copied: the value given is
 * used up, so it must be one nobody else holds. When the answer is INVALID, the caller asks zod,
 * which finds and words every problem: the fast path never reports anything.
 *
 * Only what zod's definitions say is followed, and only the kinds of schema and check this format
 * uses; anything else throws `Unsupported` here, at build time, so a change to the schema can never
 * make parsing laxer. Refinements (`z.refine(isRealDate)`) are called by name: each must be one of
 * the functions given in `refinements`, which the generated module imports (and so are the defaults
 * given in `values`, such as the Ampel a page has anyway).
 *
 * Build-time only (scripts/write-schema.ts, the tests): nothing in a page imports this file.
 */
import type * as z from 'zod/mini';
import { isRealDate, isRealPartialDate, isSafeUrl } from './checks.js';
import { AMPEL_SCALE } from './defaults.js';
import { isLanguageTag } from './language.js';
import { schemas } from './schema.js';

export class Unsupported extends Error {}

/**
 * What the generated module imports by name instead of writing it out, and the module it comes from:
 * a function a refinement of the schema calls, or a default value.
 */
export interface Named<T = (value: string) => boolean> {
  readonly value: T;
  readonly from: string;
}

interface Def {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly [key: string]: unknown;
}

/** zod's internal definitions (`_zod.def`) are not typed per kind; each use checks `type`/`check` first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ZodDef = Record<string, any>;

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;
const checksOf = (schema: z.core.$ZodType): ZodDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def as unknown as ZodDef);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const json = (value: unknown) => JSON.stringify(value);
/** `o.key` where the key is a plain name, else `o["key"]`. */
const member = (object: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `${object}.${key}` : `${object}[${json(key)}]`);

class Writer {
  /** Function bodies by text, so that equal parts of the schema share one function. */
  private readonly functions = new Map<string, string>();
  private readonly constants = new Map<string, string>();
  /** The names the module imports, by module. */
  private readonly imports = new Map([['./fast-path.js', new Set(['INVALID'])]]);
  maxDepth = 0;

  constructor(
    private readonly refinements: Readonly<Record<string, Named>>,
    private readonly values: Readonly<Record<string, Named<unknown>>>,
  ) {}

  private use(name: string, from = './fast-path.js'): string {
    if (!this.imports.has(from)) this.imports.set(from, new Set());
    this.imports.get(from)!.add(name);
    return name;
  }

  private constant(prefix: string, code: string): string {
    let name = this.constants.get(code);
    if (!name) this.constants.set(code, (name = `${prefix}${this.constants.size}`));
    return name;
  }

  /** A function of the module, shared by every part of the schema that has the same text. */
  private fn(text: string): string {
    let name = this.functions.get(text);
    if (!name) this.functions.set(text, (name = `v${this.functions.size}`));
    return name;
  }

  /** A check: a function `(x, optional?)` that is true when `x` is NOT valid. */
  private check(body: string): string {
    return this.fn(`(x: any, optional?: 1): boolean {\n${body}\n}`);
  }

  private refinement(fn: unknown): string {
    const found = Object.entries(this.refinements).find(([, r]) => r.value === fn);
    if (!found) throw new Unsupported('a refinement that is not one of the named functions');
    return this.use(found[0], found[1].from);
  }

  /** Length limits of a string or list; other checks go to `others`. */
  private lengths(schema: z.core.$ZodType, others: (check: ZodDef) => void): { min: number; max: number } {
    let min = 0;
    let max = Infinity;
    for (const check of checksOf(schema)) {
      if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
      else if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
      else others(check);
    }
    return { min, max };
  }

  /** A condition that is true when the scalar value `x` is NOT valid; undefined for the other kinds of schema. */
  private invalidScalar(schema: z.core.$ZodType): string | undefined {
    const def = defOf(schema);
    const selfCheck = (schema._zod as unknown as { traits: Set<string> }).traits.has('$ZodCheck');
    switch (def.type) {
      case 'string': {
        if (def['coerce']) throw new Unsupported('coercion');
        if (selfCheck) throw new Unsupported('a string format');
        const tests: string[] = [];
        const { min, max } = this.lengths(schema, (check) => {
          if (check.when) throw new Unsupported('a condition on a check');
          if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) {
            const pattern = check.pattern as RegExp;
            if (pattern.global || pattern.sticky) throw new Unsupported('a pattern with state (g or y)');
            tests.push(`!${this.constant('P', String(pattern))}.test(x)`);
          } else if (check.check === 'custom') tests.push(`${this.refinement(check.fn)}(x) !== true`);
          else throw new Unsupported(`check ${check.check} ${check.format ?? ''}`);
        });
        return [`typeof x !== 'string'`, ...(max < Infinity ? [`x.length > ${max}`] : []), ...(min > 0 ? [`x.length < ${min}`] : []), ...tests].join(' || ');
      }
      case 'number':
      case 'boolean': {
        if (def['coerce']) throw new Unsupported('coercion');
        const tests = def.type === 'number' ? [`typeof x !== 'number'`, `!Number.isFinite(x)`] : [`typeof x !== 'boolean'`];
        const checks = checksOf(schema);
        // A schema that is itself a check (z.int()) runs itself first, as zod does.
        if (selfCheck) checks.unshift(def as ZodDef);
        for (const check of checks) {
          if (check.when) throw new Unsupported('a condition on a check');
          if (check.check === 'number_format' && check.format === 'safeint') tests.push(`!Number.isSafeInteger(x)`);
          else if (check.check === 'greater_than' && typeof check.value === 'number') tests.push(`!(x ${check.inclusive ? '>=' : '>'} ${check.value})`);
          else if (check.check === 'less_than' && typeof check.value === 'number') tests.push(`!(x ${check.inclusive ? '<=' : '<'} ${check.value})`);
          else throw new Unsupported(`check ${check.check} ${check.format ?? ''}`);
        }
        return tests.join(' || ');
      }
      case 'literal':
      case 'enum': {
        const values = (schema._zod as unknown as { values?: Set<unknown> }).values;
        if (!values || (def.checks ?? []).length) throw new Unsupported(def.type);
        if ([...values].some((v) => v !== null && !['string', 'number', 'boolean'].includes(typeof v)))
          throw new Unsupported('a literal that is no JSON value');
        return `(${[...values].map((v) => `x !== ${json(v)}`).join(' && ')})`;
      }
      default:
        return undefined;
    }
  }

  /**
   * The check of `schema` at `level` (keys from the root). A check of a list, a map or an object
   * also completes and freezes the value in place (so it is used up even when NOT valid).
   */
  part(schema: z.core.$ZodType, level: number): string {
    this.maxDepth = Math.max(this.maxDepth, level);
    const absent = 'if (x === undefined) return !optional;';
    const scalar = this.invalidScalar(schema);
    if (scalar !== undefined) return this.check(`return x === undefined ? !optional : ${scalar};`);
    const def = defOf(schema);
    switch (def.type) {
      case 'union': {
        if ((def.checks ?? []).length) throw new Unsupported('checks on a union');
        const options = def['options'] as z.core.$ZodType[];
        // The first option that accepts the value wins, as in zod: not valid when every option refuses
        // it. Every option but the last leaves the value as it is (a scalar, as a text's string): an
        // object tried first could complete or freeze part of it before refusing it.
        if (options.slice(0, -1).some((option) => this.invalidScalar(option) === undefined)) throw new Unsupported('a union of objects');
        const checks = options.map((option) => `${this.part(option, level)}(x)`);
        return this.check(`${absent}\nreturn ${checks.join(' && ')};`);
      }
      case 'array': {
        const { min, max } = this.lengths(schema, (check) => {
          throw new Unsupported(`check ${check.check} on a list`);
        });
        const element = def['element'] as z.core.$ZodType;
        const limits = [max === Infinity ? 'Infinity' : String(max), ...(min > 0 ? [String(min)] : [])];
        if (defOf(element).type === 'object')
          return this.check(`return ${this.use('listOf')}(x, optional, ${this.object(defOf(element), level + 1)}, ${limits.join(', ')});`);
        // A list of strings (partners, target groups) can have 100,000 of them: its own loop, where V8
        // inlines the item's check (through a shared helper, every item was a call: 15 % slower).
        const item = this.part(element, level + 1);
        const tooMany = [`x.length > ${limits[0]}`, ...(min > 0 ? [`x.length < ${min}`] : [])].join(' || ');
        return this.check(
          [
            'if (x === undefined) return !optional;',
            `if (!Array.isArray(x) || ${tooMany}) return true;`,
            `for (let i = 0; i < x.length; i++) if (${item}(x[i])) return true;`,
            'Object.freeze(x);',
            'return false;',
          ].join('\n'),
        );
      }
      case 'record': {
        const keyType = def['keyType'] as z.core.$ZodType;
        if ((keyType._zod as unknown as { values?: unknown }).values || def['mode'] !== undefined || defOf(keyType).type !== 'string') {
          throw new Unsupported('record keys');
        }
        if ((def.checks ?? []).length) throw new Unsupported('checks on a record');
        const key = this.part(keyType, level + 1);
        const value = this.part(def['valueType'] as z.core.$ZodType, level + 1);
        return this.check(`return ${this.use('record')}(x, optional, ${key}, ${value});`);
      }
      default:
        // optional and default only as an object's property (see object())
        throw new Unsupported(def.type);
    }
  }

  /**
   * The function of an object's shape: INVALID, or the object as zod gives it, completed and frozen in
   * place, or (where its keys are not in the shape's order) a copy in that order.
   */
  private object(def: Def, level: number): string {
    this.maxDepth = Math.max(this.maxDepth, level);
    const catchall = def['catchall'] as z.core.$ZodType | undefined;
    if (!catchall || defOf(catchall).type !== 'never') throw new Unsupported('non-strict object');
    if ((def.checks ?? []).length) throw new Unsupported('checks on an object');
    const shape = def['shape'] as Record<string, z.core.$ZodType>;
    const keys = Object.keys(shape);
    // An integer-like key would come first out of JSON.parse, whatever the shape's order.
    for (const key of keys) if (FORBIDDEN_KEYS.has(key) || /^\d+$/.test(key)) throw new Unsupported(`key ${key}`);
    // A strict object: a key beyond the shape is a problem zod words ("did you mean …"). While at
    // it: are the keys in the shape's order (then zod's output has the input's order)?
    const names = this.constant('K', json(keys));
    /** The statements; a run of checks is one, `if (a || b || c) return INVALID;`. */
    const statements: Array<string | string[]> = [[`last < ${this.use('UNORDERED')}`]];
    keys.forEach((key, index) => {
      let inner = shape[key]!;
      const outer = defOf(inner);
      if (outer.type === 'optional' || outer.type === 'default') {
        inner = outer['innerType'] as z.core.$ZodType;
        if (defOf(inner).type === 'optional' || defOf(inner).type === 'default') throw new Unsupported('nested optional');
        if ((outer.checks ?? []).length) throw new Unsupported('checks on an optional value');
      }
      const at = member('x', key);
      const object = defOf(inner).type === 'object' ? this.object(defOf(inner), level + 1) : undefined;
      const check = object ?? this.part(inner, level + 1);
      /** The statement for a present value in `v`. */
      const present = object ? `if ((r = ${object}(v)) === INVALID) return INVALID; else if (r !== v) ${at} = r;` : `if (${check}(v)) return INVALID;`;
      if (outer.type === 'default') {
        // Filled in at once (the value is used up even when NOT valid). zod puts a default where the
        // shape has it: before a present key, that takes a copy in the shape's order (done()).
        const fill = `${at} = ${this.defaultValue(outer)};\nif (${index} < last) last = UNORDERED;`;
        statements.push(`if ((v = ${at}) === undefined) {\n${fill}\n} else ${present}`);
      } else if (object) {
        statements.push(`if ((v = ${at}) === undefined) {${outer.type === 'optional' ? '' : 'return INVALID;'}} else ${present}`);
      } else {
        const previous = statements[statements.length - 1];
        const test = `${check}(${at}${outer.type === 'optional' ? ', 1' : ''})`;
        if (Array.isArray(previous)) previous.push(test);
        else statements.push([test]);
      }
    });
    const body = [
      `let last = ${this.use('keyOrder')}(x, ${names}), v: unknown, r: unknown;`,
      ...statements.map((s) => (Array.isArray(s) ? `if (${s.join(' || ')}) return INVALID;` : s)),
      // The input is ours (fresh from JSON.parse): completed and frozen in place, which spares
      // allocating a second copy of a 10,000-measure export.
      `return ${this.use('done')}(x, last, ${names});`,
    ];
    return this.fn(`(x: any): unknown {\n${body.join('\n')}\n}`);
  }

  /**
   * The default of a property as an expression: a shared frozen value (as good as a fresh one,
   * frozen), imported where it is one of the named `values`.
   */
  private defaultValue(def: Def): string {
    const value = def['defaultValue'];
    if (Array.isArray(value) && value.length === 0) return this.use('EMPTY');
    const text = json(value);
    if (text === undefined || !sameJson(JSON.parse(text), value)) throw new Unsupported('a default that is no JSON value');
    if (value === null || typeof value !== 'object') return text;
    const named = Object.entries(this.values).find(([, v]) => sameJson(v.value, value));
    return this.constant('D', `${this.use('frozen')}(${named ? this.use(named[0], named[1].from) : text})`);
  }

  source(root: string): string {
    const imports = [...this.imports].map(([from, names]) => `import { ${[...names].sort().join(', ')} } from ${json(from)};`);
    const lines = [
      '// Generated from the zod schema (schema.ts) by fast-path-source.ts: `npm run schema` writes it. Do not edit.',
      '/* eslint-disable */',
      ...imports,
      '',
      "export { INVALID } from './fast-path.js';",
      '/** The longest path (keys from the root) to any value the fast path accepts: deeper input is never valid. */',
      `export const FAST_MAX_DEPTH = ${this.maxDepth};`,
      '',
      // The parts one to a line: the file is read by machines (and a line is one part when profiling).
      ...[...this.constants].map(([code, name]) => `const ${name} = ${code};`),
      '',
      ...[...this.functions].map(([text, name]) => `function ${name}${text.replace(/\n/g, ' ')}`),
      '',
      '/** The frozen output zod would give, or INVALID. Uses up `value` (completes and freezes it in place), even when INVALID. */',
      `export function fastParse(value: unknown): unknown {\nreturn ${root}(value);\n}`,
      '',
    ];
    return lines.join('\n');
  }

  root(schema: z.core.$ZodType): string {
    if (defOf(schema).type !== 'object') throw new Unsupported('a root that is no object');
    return this.object(defOf(schema), 0);
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The source of fast-path.generated.ts for `schema`: exports `INVALID`, `FAST_MAX_DEPTH` and
 * `fastParse(value)`. Throws `Unsupported` when the schema uses something the fast path does not follow.
 */
export function fastPathSource(
  schema: z.core.$ZodType,
  refinements: Readonly<Record<string, Named>>,
  values: Readonly<Record<string, Named<unknown>>> = {},
): string {
  const writer = new Writer(refinements, values);
  const root = writer.root(schema);
  return writer.source(root);
}

/** The refinements of the concept schema, by the name and module the generated code imports them from. */
const CONCEPT_REFINEMENTS: Record<string, Named> = {
  isLanguageTag: { value: isLanguageTag, from: './language.js' },
  isRealDate: { value: isRealDate, from: './checks.js' },
  isRealPartialDate: { value: isRealPartialDate, from: './checks.js' },
  isSafeUrl: { value: isSafeUrl, from: './checks.js' },
};
/** The defaults of the concept schema that a page has anyway (the Ampel): imported, not written out again. */
const CONCEPT_VALUES: Record<string, Named<unknown>> = { AMPEL_SCALE: { value: AMPEL_SCALE, from: './defaults.js' } };

/** The text of fast-path.generated.ts as the concept schema is now. */
export function conceptFastPathSource(): string {
  return fastPathSource(schemas().concept, CONCEPT_REFINEMENTS, CONCEPT_VALUES);
}
