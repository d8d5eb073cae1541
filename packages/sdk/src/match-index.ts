/**
 * Candidates for matching by text among many measures (match.ts): only the pairs that share rarer
 * words are scored, so 2,000 × 2,000 measures take well under a second instead of minutes. Apart
 * from match.ts because only large versions need it: a page loads it when it compares those.
 */
import { score, type Candidate, type Corpus, type Prepared } from './match.js';
import { stepCounter, type Steps } from './steps.js';

/** Candidates kept per measure (on each side). */
const CANDIDATES_PER_MEASURE = 12;
/** The rarest words of a measure that look up candidates. */
const VOTING_WORDS = 12;

/**
 * Candidates through an inverted index of words: for each measure, the measures of the other
 * version ranked by the summed rarity (inverse document frequency) of the words they share; the
 * best few are kept, looking both ways, and only those pairs are scored. Each measure votes with
 * its rarest words only: a word in most measures ("Integration") would make every pair a candidate
 * and tell nothing, and the cost stays linear in the number of measures.
 */
export function* indexedPairs(a: readonly Prepared[], b: readonly Prepared[], c: Corpus, threshold: number): Steps<Candidate[]> {
  const chosen = new Set<number>();
  const due = stepCounter();
  for (const [i, j] of topCandidates(a, b)) {
    chosen.add(i * b.length + j);
    if (due()) yield;
  }
  for (const [j, i] of topCandidates(b, a)) {
    chosen.add(i * b.length + j);
    if (due()) yield;
  }
  const out: Candidate[] = [];
  for (const key of chosen) {
    const i = Math.floor(key / b.length);
    const j = key % b.length;
    const s = score(a[i]!, b[j]!, c);
    if (s >= threshold) out.push({ i, j, score: s });
    if (due()) yield;
  }
  return out;
}

/** For each row, its `CANDIDATES_PER_MEASURE` best columns by shared rare words, as [row, column]. */
function* topCandidates(rows: readonly Prepared[], columns: readonly Prepared[]): Generator<[number, number]> {
  const postings = new Map<number, number[]>();
  columns.forEach((p, j) => {
    for (const w of p.bodyWords) {
      const list = postings.get(w);
      if (list) list.push(j);
      else postings.set(w, [j]);
    }
  });
  const weights = new Float64Array(columns.length);
  const touched: number[] = [];
  const best: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const voters: number[][] = [];
    for (const w of rows[i]!.bodyWords) {
      const list = postings.get(w);
      if (list) voters.push(list);
    }
    voters.sort((x, y) => x.length - y.length);
    for (const list of voters.slice(0, VOTING_WORDS)) {
      const idf = Math.log(1 + columns.length / list.length);
      for (const j of list) {
        if (weights[j] === 0) touched.push(j);
        weights[j]! += idf;
      }
    }
    // The heaviest few, kept sorted by insertion: most columns are rejected by one comparison.
    best.length = 0;
    for (const j of touched) {
      const w = weights[j]!;
      if (best.length === CANDIDATES_PER_MEASURE && w <= weights[best[best.length - 1]!]!) continue;
      let k = best.length === CANDIDATES_PER_MEASURE ? best.length - 1 : best.length;
      while (k > 0 && weights[best[k - 1]!]! < w) {
        best[k] = best[k - 1]!;
        k--;
      }
      best[k] = j;
    }
    for (const j of best) yield [i, j];
    for (const j of touched) weights[j] = 0;
    touched.length = 0;
  }
}
