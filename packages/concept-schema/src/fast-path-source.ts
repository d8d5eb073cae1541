/**
 * Writes the fast path of parsing (fast-path.generated.ts) from the zod schema: plain code that a page
 * runs without loading zod, and faster than any interpretation of the schema (`npm run schema`
 * writes the file; test/schema/fast-parse.test.ts fails when it is stale).
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
 * the functions given in `refinements`, which the generated module imports.
 *
 * Build-time only (scripts/write-schema.ts, the tests): nothing in a page imports this file.
 */
import type * as z from 'zod/mini';
import { isRealDate, isRealPartialDate, isSafeUrl } from './checks.js';
import { isLanguageTag } from './language.js';
import { schemas } from './schema.js';

export class Unsupported extends Error {}

/** A function a refinement of the schema calls, and the module the generated code imports it from. */
export interface Refinement {
  readonly fn: (value: string) => boolean;
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
const NOT_OBJECT = (x: string) => `typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})`;

class Writer {
  /** Function bodies by text, so that equal parts of the schema share one function. */
  private readonly functions = new Map<string, string>();
  private readonly constants = new Map<string, string>();
  private readonly used = new Set<string>();
  maxDepth = 0;

  constructor(private readonly refinements: Readonly<Record<string, Refinement>>) {}

  private constant(prefix: string, code: string): string {
    let name = this.constants.get(code);
    if (!name) this.constants.set(code, (name = `${prefix}${this.constants.size}`));
    return name;
  }

  private fn(params: string, body: string): string {
    const text = `(${params}) {\n${body}\n}`;
    let name = this.functions.get(text);
    if (!name) this.functions.set(text, (name = `v${this.functions.size}`));
    return name;
  }

  private refinement(fn: unknown): string {
    const found = Object.entries(this.refinements).find(([, r]) => r.fn === fn);
    if (!found) throw new Unsupported('a refinement that is not one of the named functions');
    this.used.add(found[0]);
    return found[0];
  }

  /** Length limits of a string or list; other checks go to `others`. */
  private lengths(schema: z.core.$ZodType, others: (check: ZodDef) => void): (x: string) => string[] {
    let min = 0;
    let max = Infinity;
    for (const check of checksOf(schema)) {
      if (check.check === 'max_length') max = Math.min(max, check.maximum as number);
      else if (check.check === 'min_length') min = Math.max(min, check.minimum as number);
      else others(check);
    }
    return (x: string) => [...(max < Infinity ? [`${x}.length > ${max}`] : []), ...(min > 0 ? [`${x}.length < ${min}`] : [])];
  }

  /**
   * A condition that is true when the scalar value `x` is NOT valid; undefined for composite schemas.
   * `isString`: `x` is known to be a string (a key, or the string branch of a text).
   */
  private invalidScalar(schema: z.core.$ZodType, x: string, isString = false): string | undefined {
    const def = defOf(schema);
    const selfCheck = (schema._zod as unknown as { traits: Set<string> }).traits.has('$ZodCheck');
    switch (def.type) {
      case 'string': {
        if (def['coerce']) throw new Unsupported('coercion');
        if (selfCheck) throw new Unsupported('a string format');
        const tests: string[] = [];
        const lengths = this.lengths(schema, (check) => {
          if (check.when) throw new Unsupported('a condition on a check');
          if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) {
            const pattern = check.pattern as RegExp;
            if (pattern.global || pattern.sticky) throw new Unsupported('a pattern with state (g or y)');
            tests.push(`!${this.constant('P', String(pattern))}.test(${x})`);
          } else if (check.check === 'custom') tests.push(`${this.refinement(check.fn)}(${x}) !== true`);
          else throw new Unsupported(`check ${check.check} ${check.format ?? ''}`);
        });
        const all = [...(isString ? [] : [`typeof ${x} !== 'string'`]), ...lengths(x), ...tests];
        return all.length ? all.join(' || ') : 'false';
      }
      case 'number':
      case 'boolean': {
        if (def['coerce']) throw new Unsupported('coercion');
        const tests = def.type === 'number' ? [`typeof ${x} !== 'number'`, `!Number.isFinite(${x})`] : [`typeof ${x} !== 'boolean'`];
        const checks = checksOf(schema);
        // A schema that is itself a check (z.int()) runs itself first, as zod does.
        if (selfCheck) checks.unshift(def as ZodDef);
        for (const check of checks) {
          if (check.when) throw new Unsupported('a condition on a check');
          if (check.check === 'number_format' && check.format === 'safeint') tests.push(`!Number.isSafeInteger(${x})`);
          else if (check.check === 'greater_than' && typeof check.value === 'number') tests.push(`!(${x} ${check.inclusive ? '>=' : '>'} ${check.value})`);
          else if (check.check === 'less_than' && typeof check.value === 'number') tests.push(`!(${x} ${check.inclusive ? '<=' : '<'} ${check.value})`);
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
        return [...values].map((v) => `${x} !== ${json(v)}`).join(' && ');
      }
      default:
        return undefined;
    }
  }

  /**
   * A condition on the value in `x` that is true when it is NOT valid, for every part that answers
   * with the value it was given (all but objects, which may answer with a copy: undefined). A check
   * longer than a few words becomes a function of its own, shared by every place that has it.
   */
  private invalid(schema: z.core.$ZodType, level: number, x: string): string | undefined {
    this.maxDepth = Math.max(this.maxDepth, level);
    const scalar = this.invalidScalar(schema, 'x');
    if (scalar !== undefined) return scalar.length > 40 ? `${this.fn('x: any', `return ${scalar};`)}(${x})` : this.invalidScalar(schema, x)!;
    const def = defOf(schema);
    switch (def.type) {
      case 'union': {
        if ((def.checks ?? []).length) throw new Unsupported('checks on a union');
        const options = def['options'] as z.core.$ZodType[];
        // A text: a string, or (anything else) a language map. A string the first option refuses the
        // second refuses too (it takes no strings), so each value needs only one of them.
        const second = options[1] && defOf(options[1]).type;
        if (options.length !== 2 || defOf(options[0]!).type !== 'string' || (second !== 'record' && second !== 'array')) return undefined;
        const string = this.invalidScalar(options[0]!, 'x', true)!;
        const other = this.invalid(options[1]!, level, 'x')!;
        return `${this.fn('x: any', `return typeof x === 'string' ? ${string} : ${other};`)}(${x})`;
      }
      case 'array': {
        const limits = this.lengths(schema, (check) => {
          throw new Unsupported(`check ${check.check} on a list`);
        });
        const item = this.property(def['element'] as z.core.$ZodType, level + 1, 'a[i]', 'return INVALID;');
        const body = [
          `if (${['!Array.isArray(a)', ...limits('a')].join(' || ')}) return INVALID;`,
          `let x: any, r: any;`,
          `for (let i = 0; i < a.length; i++) {\n${item}\n}`,
          `return Object.freeze(a);`,
        ];
        return `${this.fn('a: any', body.join('\n'))}(${x}) === INVALID`;
      }
      case 'record': {
        const keyType = def['keyType'] as z.core.$ZodType;
        if ((keyType._zod as unknown as { values?: unknown }).values || def['mode'] !== undefined || defOf(keyType).type !== 'string') {
          throw new Unsupported('record keys');
        }
        if ((def.checks ?? []).length) throw new Unsupported('checks on a record');
        const key = this.invalidScalar(keyType, 'k', true)!;
        this.maxDepth = Math.max(this.maxDepth, level + 1);
        const value = this.property(def['valueType'] as z.core.$ZodType, level + 1, 'o[k]', 'return INVALID;');
        const body = [
          `if (${NOT_OBJECT('o')}) return INVALID;`,
          `let x: any, r: any;`,
          `for (const k in o) {`,
          `if (${[...FORBIDDEN_KEYS].map((f) => `k === ${json(f)}`).join(' || ')}${key === 'false' ? '' : ` || ${key}`}) return INVALID;`,
          value,
          `}`,
          `return Object.freeze(o);`,
        ];
        return `${this.fn('o: any', body.join('\n'))}(${x}) === INVALID`;
      }
      default:
        return undefined;
    }
  }

  /**
   * Statements that check the value at `at` (a property or a list's item): `absent` runs when it is
   * undefined (JSON has no undefined: the key is absent); a part that answers with a copy stores it at `at`.
   */
  private property(schema: z.core.$ZodType, level: number, at: string, absent: string): string {
    const condition = this.invalid(schema, level, 'x');
    if (condition !== undefined) {
      const invalid = /^[\w$]+\(x\)( === INVALID)?$/.test(condition) ? condition : `(${condition})`;
      if (absent === 'return INVALID;') return `if ((x = ${at}) === undefined || ${invalid}) return INVALID;`;
      if (absent === '') return `if ((x = ${at}) !== undefined && ${invalid}) return INVALID;`;
      return `if ((x = ${at}) === undefined) {\n${absent}\n} else if (${invalid}) return INVALID;`;
    }
    const name = this.composite(schema, level);
    return `if ((x = ${at}) === undefined) {\n${absent}\n} else {\nr = ${name}(x);\nif (r === INVALID) return INVALID;\nif (r !== x) ${at} = r;\n}`;
  }

  /** A function for an object or a union: it may answer with another value than it was given. */
  private composite(schema: z.core.$ZodType, level: number): string {
    const def = defOf(schema);
    if (def.type === 'object') return this.object(schema, def, level);
    if (def.type !== 'union') throw new Unsupported(def.type); // optional and default only as an object's property (see object())
    // The first option that accepts the value wins, as in zod.
    const tries = (def['options'] as z.core.$ZodType[]).map((option) => {
      const check = this.property(option, level, 'v', 'return INVALID;');
      return `out = ((v: any) => {\nlet x: any, r: any;\n${check}\nreturn v;\n})(v);\nif (out !== INVALID) return out;`;
    });
    return this.fn('v: any', ['let out;', ...tries, 'return INVALID;'].join('\n'));
  }

  private object(schema: z.core.$ZodType, def: Def, level: number): string {
    this.maxDepth = Math.max(this.maxDepth, level);
    const catchall = def['catchall'] as z.core.$ZodType | undefined;
    if (!catchall || defOf(catchall).type !== 'never') throw new Unsupported('non-strict object');
    if ((def.checks ?? []).length) throw new Unsupported('checks on an object');
    const shape = def['shape'] as Record<string, z.core.$ZodType>;
    const keys = Object.keys(shape);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) throw new Unsupported(`key ${key}`);
    const properties: string[] = [];
    const fill: string[] = [];
    const defaults: string[] = [];
    keys.forEach((key, index) => {
      let inner = shape[key]!;
      const outer = defOf(inner);
      let absent = 'return INVALID;';
      if (outer.type === 'optional' || outer.type === 'default') {
        inner = outer['innerType'] as z.core.$ZodType;
        if (defOf(inner).type === 'optional' || defOf(inner).type === 'default') throw new Unsupported('nested optional');
        if ((outer.checks ?? []).length) throw new Unsupported('checks on an optional value');
        absent = '';
      }
      if (outer.type === 'default') {
        // zod puts a default where the shape has it: before a present key, that takes a new object.
        absent = `d = true;\nif (${index} < last) ordered = false;`;
        const fallback = this.defaultValue(outer);
        fill.push(`if (${member('o', key)} === undefined) ${member('o', key)} = ${fallback};`);
        defaults.push(`${json(key)}: ${fallback}`);
      }
      properties.push(this.property(inner, level + 1, member('o', key), absent));
    });
    const index = this.constant('K', `new Map(${json(keys.map((key, i) => [key, i]))})`);
    const body = [
      `if (${NOT_OBJECT('o')}) return INVALID;`,
      // A strict object: a key beyond the shape is a problem zod words ("did you mean …"). While at
      // it: are the keys in the shape's order (then zod's output has the input's order)? A switch on
      // the key, not a Map: JSON.parse's keys are internalized strings, compared by identity (the
      // Map's lookup measured about 15 % slower over a whole parse in Chromium).
      `let last = -1, i = 0, ordered = true, d = false, x: any, r: any;`,
      `for (const k in o) {\nswitch (k) {\n${keys.map((key, i) => `case ${json(key)}: i = ${i}; break;`).join('\n')}\ndefault: return INVALID;\n}\nif (i < last) ordered = false;\nelse last = i;\n}`,
      ...properties,
      // The input is ours (fresh from JSON.parse): completed and frozen in place, which spares
      // allocating a second copy of a 10,000-measure export.
      `if (ordered) {\n${fill.length ? `if (d) {\n${fill.join('\n')}\n}\n` : ''}return Object.freeze(o);\n}`,
      `return inOrder(o, ${index}, ${defaults.length ? this.constant('F', `{ ${defaults.join(', ')} }`) : '{}'});`,
    ];
    return this.fn('o: any', body.join('\n'));
  }

  /** The default of a property as an expression: a shared frozen value (as good as a fresh one, frozen). */
  private defaultValue(def: Def): string {
    const value = def['defaultValue'];
    if (Array.isArray(value) && value.length === 0) return 'EMPTY';
    const text = json(value);
    if (text === undefined || !sameJson(JSON.parse(text), value)) throw new Unsupported('a default that is no JSON value');
    if (value === null || typeof value !== 'object') return text;
    return this.constant('D', `deepFreeze(${text})`);
  }

  source(root: string): string {
    const imports = new Map<string, string[]>();
    for (const name of [...this.used].sort()) {
      const from = this.refinements[name]!.from;
      imports.set(from, [...(imports.get(from) ?? []), name]);
    }
    const lines = [
      '// Generated from the zod schema (schema.ts) by fast-path-source.ts: `npm run schema` writes it. Do not edit.',
      '/* eslint-disable */',
      ...[...imports].map(([from, names]) => `import { ${names.join(', ')} } from ${json(from)};`),
      '',
      '/** "Not valid (or not sure)": ask zod. */',
      "export const INVALID: unique symbol = Symbol('invalid');",
      '/** The longest path (keys from the root) to any value the fast path accepts: deeper input is never valid. */',
      `export const FAST_MAX_DEPTH = ${this.maxDepth};`,
      '',
      'const EMPTY: readonly unknown[] = Object.freeze([]);',
      'function deepFreeze<T>(value: T): T {',
      '  if (value && typeof value === "object" && !Object.isFrozen(value)) {',
      '    Object.freeze(value);',
      '    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);',
      '  }',
      '  return value;',
      '}',
      "/** A new object with the keys in the shape's order, and the defaults of the absent ones (a rare case: the keys came in another order). */",
      'function inOrder(o: any, keys: Map<string, number>, defaults: Record<string, unknown>): unknown {',
      '  const out: any = {};',
      '  for (const k of keys.keys()) {',
      '    if (o[k] !== undefined) out[k] = o[k];',
      '    else if (k in defaults) out[k] = defaults[k];',
      '  }',
      '  return Object.freeze(out);',
      '}',
      // The parts one to a line: the file is read by machines (and a line is one part when profiling).
      `const ${[...this.constants].map(([code, name]) => `${name} = ${code}`).join(', ')};`,
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
    const def = defOf(schema);
    if (def.type !== 'object') throw new Unsupported('a root that is no object');
    return this.object(schema, def, 0);
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
export function fastPathSource(schema: z.core.$ZodType, refinements: Readonly<Record<string, Refinement>>): string {
  const writer = new Writer(refinements);
  const root = writer.root(schema);
  return writer.source(root);
}

/** The refinements of the concept schema, by the name and module the generated code imports them from. */
const CONCEPT_REFINEMENTS: Record<string, Refinement> = {
  isLanguageTag: { fn: isLanguageTag, from: './language.js' },
  isRealDate: { fn: isRealDate, from: './checks.js' },
  isRealPartialDate: { fn: isRealPartialDate, from: './checks.js' },
  isSafeUrl: { fn: isSafeUrl, from: './checks.js' },
};

/** The text of fast-path.generated.ts as the concept schema is now. */
export function conceptFastPathSource(): string {
  return fastPathSource(schemas().concept, CONCEPT_REFINEMENTS);
}
