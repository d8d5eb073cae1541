/**
 * Matching measures of two versions by text, for exports without stable ids. Similarity is the Dice
 * coefficient of word sets, weighted towards the title, with a small bonus for the same field; pairs
 * are made greedily from the most similar down, each measure used once.
 */
import { textOf } from './text.js';
import type { MeasureEntry } from './measures.js';
import { words } from './normalize.js';

export const DEFAULT_MATCH_THRESHOLD = 0.5;

export interface TextPair {
  readonly from: MeasureEntry;
  readonly to: MeasureEntry;
  /** Similarity 0…1. */
  readonly confidence: number;
}

/** German words too common to tell measures apart. */
const STOP = new Set(
  'der die das und oder mit für fuer von zu zur zum im in an auf aus bei den dem des ein eine einer eines einem sowie als auch durch über ueber nach vor nicht wird werden ist sind'.split(' '),
);

function tokens(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOP.has(w) && w.length > 1));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

interface Prepared {
  entry: MeasureEntry;
  title: Set<string>;
  body: Set<string>;
}

function prepare(entry: MeasureEntry): Prepared {
  return {
    entry,
    title: tokens(textOf(entry.measure.title)),
    body: tokens(`${textOf(entry.measure.title)} ${textOf(entry.measure.description)}`),
  };
}

export function similarity(a: Prepared, b: Prepared): number {
  const score = 0.6 * dice(a.title, b.title) + 0.4 * dice(a.body, b.body);
  const sameField = a.entry.field.id === b.entry.field.id || textOf(a.entry.field.title) === textOf(b.entry.field.title);
  return Math.min(1, score + (sameField ? 0.05 : 0));
}

export function matchByText(
  from: readonly MeasureEntry[],
  to: readonly MeasureEntry[],
  options: { threshold?: number } = {},
): TextPair[] {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  if (!from.length || !to.length) return [];
  const a = from.map(prepare);
  const b = to.map(prepare);
  // An inverted index from word to the newer measures that contain it, so only pairs sharing a word are scored.
  const index = new Map<string, number[]>();
  b.forEach((p, j) => {
    for (const t of p.body) {
      const list = index.get(t);
      if (list) list.push(j);
      else index.set(t, [j]);
    }
  });
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  a.forEach((p, i) => {
    const seen = new Set<number>();
    for (const t of p.body) for (const j of index.get(t) ?? []) seen.add(j);
    for (const j of seen) {
      const score = similarity(p, b[j]!);
      if (score >= threshold) candidates.push({ i, j, score });
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: TextPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ from: a[c.i]!.entry, to: b[c.j]!.entry, confidence: Math.round(c.score * 1000) / 1000 });
  }
  return pairs;
}
