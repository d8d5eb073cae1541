/**
 * Work too large for the task that renders: aligning two lists of 2,000 entries or two texts of
 * 2,000 words takes 20–170 ms each, and a page of the diff may hold dozens of them (60 such
 * changes made one task of 14 s). Small work is done at once; large work is queued, done in later
 * tasks (as many pieces per task as fit into SLICE_MS, at most SLICE_JOBS), and each part of the
 * page that asked for a result renders again before the next slice (the diff renders only the
 * changes whose results arrived: rendering all 60 on each arrival made each slice a long task).
 * Results are kept per pair of inputs, so the next render finds them.
 */
import { SLICE_MS, yieldToMain } from './yield.js';

/** Comparisons (cells of an alignment) done at once during a render: well under a millisecond. */
export const AT_ONCE_CELLS = 250_000;
/** The most an element's alignment may take: about 20 ms (the SDK's default, 4 million, takes 80–170 ms). */
export const ELEMENT_MAX_CELLS = 1_000_000;
/** Results per slice: each is rendered in the update after it (a list's first rows, a text's marks). */
const SLICE_JOBS = 4;

/** Results by a pair of inputs (objects weakly, strings up to a number of pairs). */
export interface PairCache<A, B, V> {
  get(a: A, b: B): V | undefined;
  set(a: A, b: B, value: V): void;
}

export function objectPairs<V>(): PairCache<object, object, V> {
  const byA = new WeakMap<object, WeakMap<object, V>>();
  return {
    get: (a, b) => byA.get(a)?.get(b),
    set(a, b, value) {
      let byB = byA.get(a);
      if (!byB) byA.set(a, (byB = new WeakMap()));
      byB.set(b, value);
    },
  };
}

/** Strings cannot be weak keys: the cache holds up to `limit` pairs, then starts again. */
export function stringPairs<V>(limit = 500): PairCache<string, string, V> {
  let byA = new Map<string, Map<string, V>>();
  let size = 0;
  return {
    get: (a, b) => byA.get(a)?.get(b),
    set(a, b, value) {
      if (++size > limit) [byA, size] = [new Map(), 1];
      let byB = byA.get(a);
      if (!byB) byA.set(a, (byB = new Map()));
      byB.set(b, value);
    },
  };
}

type Host = { requestUpdate(): void; readonly updateComplete?: Promise<unknown> };

/**
 * A result being computed, in the cache until it is done: everyone who asks meanwhile is told
 * when it is there (two changes of a diff can compare the same two texts, and each renders on its own).
 */
class Waiting {
  readonly hosts = new Set<Host>();
  constructor(readonly run: () => void) {}
}

const queue: Waiting[] = [];
let draining = false;

async function drain(): Promise<void> {
  draining = true;
  while (queue.length) {
    await yieldToMain();
    const start = performance.now();
    const hosts = new Set<Host>();
    let done = 0;
    do {
      const job = queue.shift()!;
      job.run();
      for (const host of job.hosts) hosts.add(host);
    } while (queue.length && performance.now() - start < SLICE_MS && ++done < SLICE_JOBS);
    for (const host of hosts) host.requestUpdate();
    // The hosts render what is done before the next slice: otherwise their updates wait behind the
    // slices and one update renders everything at once (60 changes in one update of 200 ms).
    await Promise.all([...hosts].map((host) => host.updateComplete));
  }
  draining = false;
}

/**
 * The result for `(a, b)`: from the cache, computed now when `cells` is at most AT_ONCE_CELLS, else
 * `undefined` now and computed in a later task, after which `host` (and any other that asked
 * meanwhile) renders again.
 */
export function whenComputed<A, B, V>(cache: PairCache<A, B, V | Pending>, a: A, b: B, cells: number, compute: () => V, host: Host): V | undefined {
  const known = cache.get(a, b);
  if (known instanceof Waiting) {
    known.hosts.add(host);
    return undefined;
  }
  if (known !== undefined) return known;
  if (cells <= AT_ONCE_CELLS) {
    const value = compute();
    cache.set(a, b, value);
    return value;
  }
  const waiting = new Waiting(() => cache.set(a, b, compute()));
  waiting.hosts.add(host);
  cache.set(a, b, waiting);
  queue.push(waiting);
  if (!draining) void drain();
  return undefined;
}

/** What a cache holds for a pair while its result is computed. */
export type Pending = Waiting;
