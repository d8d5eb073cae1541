/**
 * What every shape of the fast path of parsing shares (fast-path.generated.ts, written from the zod
 * schema by fast-path-source.ts): the key check of a strict object and putting its keys in order,
 * lists and maps. Written once here rather than into every shape's function: the generated module
 * stays small (a page loads it), and the per-shape code that makes it fast stays.
 *
 * Each part of the schema is a check `(value, optional?)`: true when the value is NOT valid (an
 * absent value, undefined, is valid only where `optional`); an object's shape is a function that
 * answers INVALID or the object as zod gives it. Lists, maps and objects are completed and frozen in
 * place as they are checked, so the value is used up even when it is not valid.
 */

/** "Not valid (or not sure)": ask zod. */
export const INVALID: unique symbol = Symbol('invalid');

/** The empty list every absent list default stands for. */
export const EMPTY: readonly unknown[] = Object.freeze([]);

/** True when the value is NOT valid; undefined is valid only where `optional`. */
export type Check = (value: unknown, optional?: 1) => boolean;

/** What `keyOrder` answers for an object whose keys are all in the shape, but in another order. */
export const UNORDERED = -2;
/** What `keyOrder` answers for no object, or one with a key beyond the shape (zod words it: "did you mean …"). */
const NOT_THE_SHAPE = -3;

const notObject = (o: unknown): boolean => typeof o !== 'object' || o === null || Array.isArray(o);

/**
 * The place in `keys` (the shape's keys, in its order) of the object's last key if its keys come in
 * that order (-1 for no key); else UNORDERED, or below that if `o` is no object or has a key that is
 * not in `keys`. JSON.parse's keys are internalized strings: comparing them is comparing pointers.
 */
export function keyOrder(o: unknown, keys: readonly string[]): number {
  if (notObject(o)) return NOT_THE_SHAPE;
  let j = 0;
  let ordered = true;
  for (const k in o as object) {
    if (ordered) {
      while (j < keys.length && keys[j] !== k) j++;
      if (j++ < keys.length) continue;
      ordered = false;
    }
    if (!keys.includes(k)) return NOT_THE_SHAPE;
  }
  return ordered ? j - 1 : UNORDERED;
}

/**
 * The object of a valid shape as zod gives it: frozen as it is where its keys are in the shape's
 * order, else (`keyOrder` said UNORDERED, or a default went before a present key) a frozen copy
 * with the keys in that order.
 */
export function done(o: Record<string, unknown>, last: number, keys: readonly string[]): unknown {
  if (last !== UNORDERED) return Object.freeze(o);
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return Object.freeze(out);
}

/** A list of objects of one shape (`item` answers INVALID or the object to keep), at most `max` and at least `min`. */
export function listOf(a: unknown, optional: 1 | undefined, item: (value: unknown) => unknown, max: number, min = 0): boolean {
  if (a === undefined) return !optional;
  if (!Array.isArray(a) || a.length > max || a.length < min) return true;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const r = item(x);
    if (r === INVALID) return true;
    if (r !== x) a[i] = r;
  }
  Object.freeze(a);
  return false;
}

/** A map: every key (none that reaches a prototype) checked by `key`, every value by `value`. */
export function record(o: unknown, optional: 1 | undefined, key: Check, value: Check): boolean {
  if (o === undefined) return !optional;
  if (notObject(o)) return true;
  for (const k in o as Record<string, unknown>) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype' || key(k) || value((o as Record<string, unknown>)[k])) return true;
  }
  Object.freeze(o);
  return false;
}

/** A default as the output shares it: a frozen copy (the value given stays as it is). */
export function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const key of Object.keys(v)) freeze((v as Record<string, unknown>)[key]);
    }
  };
  freeze(copy);
  return copy;
}
