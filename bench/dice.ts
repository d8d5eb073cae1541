/**
 * The matcher a developer would write first (as the npm package `string-similarity` does): the Dice
 * coefficient of the character bigrams of each measure's title and description, every pair scored,
 * pairs assigned one-to-one, most similar first, at or above 0.5. For the bench only (bench/peers.ts).
 */
import { textOf, type MeasureEntry } from '@konzept-kit/sdk';

/** Sorted bigram codes of a text, lower-cased and without whitespace (as string-similarity does). */
function bigrams(text: string): Int32Array {
  const s = text.toLowerCase().replace(/\s+/g, '');
  const codes = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
  return codes.sort();
}

/** 2 × shared bigrams (a multiset intersection, by merging two sorted lists) / all bigrams. */
function dice(a: Int32Array, b: Int32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

export function diceMatch(
  from: readonly MeasureEntry[],
  to: readonly MeasureEntry[],
  threshold = 0.5,
): { from: MeasureEntry; to: MeasureEntry; confidence: number }[] {
  const key = (e: MeasureEntry) => bigrams(`${textOf(e.measure.title, 'de') ?? ''} ${textOf(e.measure.description, 'de') ?? ''}`);
  const a = from.map(key);
  const b = to.map(key);
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const score = dice(a[i]!, b[j]!);
      if (score >= threshold) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs = [];
  for (const c of candidates) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = usedB[c.j] = 1;
    pairs.push({ from: from[c.i]!, to: to[c.j]!, confidence: c.score });
  }
  return pairs;
}
