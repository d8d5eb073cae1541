/**
 * Matching measures of two versions by text, for exports without stable ids (older exports,
 * spreadsheets). Each pair gets a confidence 0…1, and only pairs at or above a threshold are made.
 *
 * The similarity of two measures is made of their titles (half) and their descriptions (a little
 * less), each compared two ways and averaged:
 * - the Dice coefficient of their word sets (shared wording), and
 * - the Dice coefficient of their character trigrams, which survives German inflection and
 *   compounds in a rephrasing ("Sprachkurs" / "Sprachkurse", "Elterncafé" / "Café für Eltern");
 * each word and trigram weighted by its rarity over both versions, so a shared "Hebammensprechstunde"
 * counts for more than a shared "Angebot". A measure that stays in the same field gets a small
 * bonus. Pairs are assigned one-to-one, most similar first.
 *
 * Small inputs (up to a few hundred measures a side) compare every pair. Large ones first pick
 * candidates through an inverted index of their rarer words, then score only those, so
 * 2,000 × 2,000 measures take well under a second instead of minutes.
 */
import { textOf } from './text.js';
import type { MeasureEntry } from './measures.js';
import { words } from './normalize.js';
import { finish, stepCounter, type Steps } from './steps.js';
import { indexedPairs } from './match-index.js';

/** Work units of preparing one measure (its words and trigrams), against one score of a pair. */
const PREPARE_UNITS = 20;

/**
 * Pairs below this confidence are not made. Tuned on the Konstanz versions with scrambled ids
 * (test/sdk/match.test.ts): every true pair scores well above it, and no deleted measure reaches
 * it with a new one.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.5;

export interface TextPair {
  readonly from: MeasureEntry;
  readonly to: MeasureEntry;
  /** Similarity 0…1, rounded to three decimals. */
  readonly confidence: number;
}

export interface MatchOptions {
  /** Pairs below this similarity are not made (default {@link DEFAULT_MATCH_THRESHOLD}). */
  readonly threshold?: number;
  /**
   * `all` scores every pair; `index` only candidates sharing rarer words; `auto` (default) scores
   * all pairs up to 250,000 of them and uses the index above.
   */
  readonly candidates?: 'all' | 'index' | 'auto';
}

/** Weights of the similarity; with the field bonus they add up to 1. */
const WEIGHTS = {
  title: 0.5,
  /** The descriptions; where neither measure has one, the titles count here too. */
  description: 0.45,
  /** Added when both measures hang in the same field (by id or by title). */
  sameField: 0.05,
} as const;

/** Above this many pairs, `auto` switches from scoring every pair to the candidate index. */
const ALL_PAIRS_LIMIT = 250_000;

/** Whether matching `from` × `to` measures by text (`auto`) picks its candidates through the index of words (match-index.ts). */
export function needsCandidateIndex(from: number, to: number): boolean {
  return from * to > ALL_PAIRS_LIMIT;
}

/** German and English words too common to tell measures apart. */
const STOP = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder sowie mit ohne für fuer von vom zu zur zum im in ins an am auf aus bei ' +
    'als auch durch über ueber unter nach vor nicht wird werden wurde ist sind sein soll sollen kann können koennen ' +
    'es sie er wir ihr ihre ihren ihrer sich so wie bzw etc dass daß bis um noch mehr neue neuen neues ' +
    'the a an and or of for to in on at by with from as is are be will not this that'
  ).split(' '),
);

/** A set of tokens as sorted integer ids, with the sum of their weights. */
interface TokenSet {
  readonly ids: Int32Array;
  total: number;
}

/**
 * Interns tokens as small integers (so sets are sorted integer arrays that compare by merging)
 * and weighs each by its rarity over all measures of both versions: sharing "Hebammensprechstunde"
 * says more than sharing "Angebot".
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly documents: number[] = [];
  /** The last measure that counted each token, so a token counts once per measure. */
  private readonly lastCounted: number[] = [];
  private readonly sets: TokenSet[] = [];
  private weights = new Float64Array(0);
  private measures = 0;

  /** The set of `tokens`, as sorted unique ids. */
  set(tokens: Iterable<string>): TokenSet {
    const list: number[] = [];
    for (const token of tokens) {
      let id = this.ids.get(token);
      if (id === undefined) {
        this.ids.set(token, (id = this.ids.size));
        this.documents.push(0);
        this.lastCounted.push(-1);
      }
      list.push(id);
    }
    const sorted = Int32Array.from(list).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
    const set: TokenSet = { ids: sorted.subarray(0, n), total: 0 };
    this.sets.push(set);
    return set;
  }

  /** Counts one measure, made of `sets`, towards the document frequencies. */
  count(...sets: TokenSet[]): void {
    const measure = this.measures++;
    for (const set of sets) {
      for (const id of set.ids) {
        if (this.lastCounted[id] === measure) continue;
        this.lastCounted[id] = measure;
        this.documents[id]!++;
      }
    }
  }

  /** Computes the weights once every measure is in. */
  finish(): void {
    const n = Math.max(1, this.measures);
    this.weights = Float64Array.from(this.documents, (df) => Math.log(1 + n / Math.max(1, df)));
    for (const set of this.sets) {
      let total = 0;
      for (const id of set.ids) total += this.weights[id]!;
      set.total = total;
    }
  }

  weight(id: number): number {
    return this.weights[id]!;
  }
}

function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP.has(word);
}

/** Character trigrams of each word, padded so beginnings and endings count: "kurs" → " ku", "kur", "urs", "rs ". */
function* trigrams(wordList: readonly string[]): Generator<string> {
  for (const w of wordList) {
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) yield padded.slice(i, i + 3);
  }
}

/** The Dice coefficient of two sets with each token weighted by its rarity. */
function dice(a: TokenSet, b: TokenSet, vocabulary: Vocabulary): number {
  if (a.total === 0 || b.total === 0) return 0;
  const x = a.ids;
  const y = b.ids;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    if (p === q) {
      shared += vocabulary.weight(p);
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return (2 * shared) / (a.total + b.total);
}

export interface Prepared {
  readonly entry: MeasureEntry;
  readonly titleWords: TokenSet;
  readonly titleGrams: TokenSet;
  readonly descriptionWords: TokenSet;
  readonly descriptionGrams: TokenSet;
  /** Ids of the words of title and description together, to find candidates. */
  readonly bodyWords: Int32Array;
  readonly fieldTitle: string;
}

export interface Corpus {
  readonly words: Vocabulary;
  readonly grams: Vocabulary;
}

function corpus(): Corpus {
  return { words: new Vocabulary(), grams: new Vocabulary() };
}

function prepare(entry: MeasureEntry, c: Corpus): Prepared {
  const { measure, field } = entry;
  // Every language of a text counts: an export with German and English texts matches on both.
  const title = words(allText(measure.title));
  const description = words(allText(measure.description));
  const titleWords = c.words.set(title.filter(isContentWord));
  const descriptionWords = c.words.set(description.filter(isContentWord));
  const titleGrams = c.grams.set(trigrams(title));
  const descriptionGrams = c.grams.set(trigrams(description));
  c.words.count(titleWords, descriptionWords);
  c.grams.count(titleGrams, descriptionGrams);
  return {
    entry,
    titleWords,
    titleGrams,
    descriptionWords,
    descriptionGrams,
    bodyWords: union(titleWords.ids, descriptionWords.ids),
    fieldTitle: textOf(field.title).toLowerCase(),
  };
}

/** The union of two sorted id arrays. */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  return out.subarray(0, n);
}

function allText(value: MeasureEntry['measure']['title'] | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

export function score(a: Prepared, b: Prepared, c: Corpus): number {
  const sameField = a.entry.field.id === b.entry.field.id || (a.fieldTitle !== '' && a.fieldTitle === b.fieldTitle);
  const title = (dice(a.titleWords, b.titleWords, c.words) + dice(a.titleGrams, b.titleGrams, c.grams)) / 2;
  const aDescribed = a.descriptionWords.ids.length > 0;
  const bDescribed = b.descriptionWords.ids.length > 0;
  // A description shared says most; one added or dropped says nothing either way, so the title stands in.
  const description =
    aDescribed && bDescribed ? (dice(a.descriptionWords, b.descriptionWords, c.words) + dice(a.descriptionGrams, b.descriptionGrams, c.grams)) / 2 : title;
  const value = WEIGHTS.title * title + WEIGHTS.description * description + (sameField ? WEIGHTS.sameField : 0);
  return Math.min(1, value);
}

/**
 * The similarity (0…1) of two measures as matching scores it, for explaining a pair. Word rarity
 * is taken over `context` (e.g. all measures of both versions) if given, else over the two alone.
 */
export function measureSimilarity(a: MeasureEntry, b: MeasureEntry, context: readonly MeasureEntry[] = []): number {
  const c = corpus();
  const pa = prepare(a, c);
  const pb = prepare(b, c);
  for (const e of context) if (e !== a && e !== b) prepare(e, c);
  c.words.finish();
  c.grams.finish();
  return score(pa, pb, c);
}

/**
 * Below this similarity two measures that share an id have nothing in common but the id: the ids
 * are then positions (a spreadsheet's row numbers), not identities. Tuned on Konstanz 2.0 with its
 * ids renumbered by position (test/sdk/id-check.test.ts): every wrong pair scores 0.30 or less,
 * every true adapted pair 0.64 or more.
 */
export const UNRELATED_BELOW = 0.4;

/**
 * The similarity of each pair, as matching scores it, with word rarity taken over the pairs'
 * measures. Linear in the pairs: for checking pairs made by id, not for finding pairs.
 */
export function pairSimilarities(pairs: readonly (readonly [MeasureEntry, MeasureEntry])[]): number[] {
  return finish(similaritySteps(pairs));
}

/** {@link pairSimilarities} in steps (see steps.ts). */
export function* similaritySteps(pairs: readonly (readonly [MeasureEntry, MeasureEntry])[]): Steps<number[]> {
  const c = corpus();
  const due = stepCounter();
  const prepared: Array<readonly [Prepared, Prepared]> = [];
  for (const [a, b] of pairs) {
    prepared.push([prepare(a, c), prepare(b, c)]);
    if (due(2 * PREPARE_UNITS)) yield;
  }
  c.words.finish();
  c.grams.finish();
  return prepared.map(([a, b]) => Math.round(score(a, b, c) * 1000) / 1000);
}

export interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/** How the pairs worth scoring are picked among many (match-index.ts): a page passes it once loaded. */
export type CandidateIndex = (a: readonly Prepared[], b: readonly Prepared[], c: Corpus, threshold: number) => Steps<Candidate[]>;

function* allPairs(a: readonly Prepared[], b: readonly Prepared[], c: Corpus, threshold: number): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const due = stepCounter();
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = score(a[i]!, b[j]!, c);
      if (s >= threshold) out.push({ i, j, score: s });
    }
    if (due(b.length)) yield;
  }
  return out;
}

/**
 * Pairs measures of an older and a newer version by text similarity, one-to-one, most similar
 * first; measures without a partner at or above the threshold stay unpaired (deleted or new).
 */
export function matchByText(from: readonly MeasureEntry[], to: readonly MeasureEntry[], options: MatchOptions = {}): TextPair[] {
  return finish(matchingSteps(from, to, options));
}

/** Prepares each measure, a step now and then. */
function* prepareAll(entries: readonly MeasureEntry[], c: Corpus, due: (units: number) => boolean): Steps<Prepared[]> {
  const out: Prepared[] = [];
  for (const entry of entries) {
    out.push(prepare(entry, c));
    if (due(PREPARE_UNITS)) yield;
  }
  return out;
}

/** {@link matchByText} in steps (see steps.ts): for a page that spreads it over several tasks. */
export function matchingSteps(from: readonly MeasureEntry[], to: readonly MeasureEntry[], options: MatchOptions = {}): Steps<TextPair[]> {
  return matchingStepsWith(indexedPairs, from, to, options);
}

/**
 * {@link matchingSteps} with the candidate index given, so a page that never matches large
 * versions need not load it (without one, every pair is scored).
 */
export function* matchingStepsWith(
  index: CandidateIndex | undefined,
  from: readonly MeasureEntry[],
  to: readonly MeasureEntry[],
  options: MatchOptions = {},
): Steps<TextPair[]> {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  if (!from.length || !to.length) return [];
  const c = corpus();
  const due = stepCounter();
  const a = yield* prepareAll(from, c, due);
  const b = yield* prepareAll(to, c, due);
  c.words.finish();
  c.grams.finish();
  const mode = options.candidates ?? 'auto';
  const useIndex = index && (mode === 'index' || (mode === 'auto' && needsCandidateIndex(a.length, b.length)));
  const candidates = useIndex ? yield* index(a, b, c, threshold) : yield* allPairs(a, b, c, threshold);
  // Most similar first; ties in document order, so the result does not depend on the engine's sort.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: TextPair[] = [];
  for (const c of candidates) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    pairs.push({ from: a[c.i]!.entry, to: b[c.j]!.entry, confidence: Math.round(c.score * 1000) / 1000 });
  }
  return pairs;
}
