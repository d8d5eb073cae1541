/**
 * The version diff: what changed between two versions of a concept ("24 adapted, 21 deleted,
 * 22 new"). Measures are paired by id; where ids are missing or not shared, by text similarity
 * (see match.ts), and every pair says how it was found.
 */
import type { Concept, Measure } from '@konzept-kit/concept-schema';
import { measureEntries, type MeasureEntry } from './measures.js';
import { matchingStepsWith, similaritySteps, DEFAULT_MATCH_THRESHOLD, UNRELATED_BELOW, type CandidateIndex } from './match.js';
import { indexedPairs } from './match-index.js';
import { finish, stepCounter, type Steps } from './steps.js';
import { diffSequences, wordTokens } from './sequence-diff.js';
import { sameJson } from './same-json.js';
import { differences, diffStructure, type ElementChange, type StructureDiff } from './structure-diff.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

/** The content attributes of a measure a reader would call "adapted" when they differ. Status is not content. */
export const CONTENT_ATTRIBUTES = [
  'title',
  'description',
  'lead',
  'partners',
  'targetGroups',
  'timeframe',
  'indicators',
  'links',
  'councilPapers',
  'participation',
  'extra',
] as const;
export type ContentAttribute = (typeof CONTENT_ATTRIBUTES)[number];

export interface AttributeChange {
  readonly attribute: ContentAttribute;
  readonly before: unknown;
  readonly after: unknown;
}

export interface PairMatch {
  readonly by: 'id' | 'text';
  /** 1 for a pair by id; the text similarity (0…1) for a pair by text. */
  readonly confidence: number;
}

export interface MeasureChange {
  /**
   * `changed`: content adapted (it may also have moved: see `moved`); `moved`: only its place
   * (objective or field) differs; `unchanged`: same content, same place.
   */
  readonly kind: ChangeKind;
  /** The measure's id in the newer version (or the older, for a removed one). */
  readonly id: string;
  readonly from?: MeasureEntry;
  readonly to?: MeasureEntry;
  readonly attributes: readonly AttributeChange[];
  readonly moved: boolean;
  readonly statusChanged: boolean;
  readonly match?: PairMatch;
}

export interface DiffSummary {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly moved: number;
  readonly unchanged: number;
  /** Pairs found by text similarity rather than by id. */
  readonly matchedByText: number;
}

export interface FieldDiff {
  readonly id: string;
  readonly kind: Concept['fields'][number]['kind'];
  readonly title: Concept['fields'][number]['title'];
  readonly changes: readonly MeasureChange[];
  readonly summary: DiffSummary;
  /** The field itself, its goal, its objectives and its guidelines, as compared (see structure-diff.ts). */
  readonly elements: readonly ElementChange[];
}

/**
 * An id both versions use for measures whose texts have nothing in common: the ids are positions
 * (a spreadsheet's row numbers after its ID column was removed), not identities.
 */
export interface IdConflict {
  readonly id: string;
  readonly from: MeasureEntry;
  readonly to: MeasureEntry;
  /** The text similarity of the two measures (0…1), below {@link UNRELATED_BELOW}. */
  readonly similarity: number;
  /** True with `match: 'id'`: the pair stands (and is likely wrong); false: its measures were matched by text. */
  readonly kept: boolean;
}

export interface ConceptDiff {
  readonly from: Concept;
  readonly to: Concept;
  readonly summary: DiffSummary;
  /**
   * Ids that do not identify. With `match: 'auto'` their measures were paired by text instead (a
   * reader should still be told: the export's ids are not stable); with `match: 'id'` they stay
   * paired by id, and this is the warning that those pairs are likely wrong.
   */
  readonly idConflicts: readonly IdConflict[];
  /** Every measure of both versions once, in the newer version's order, removed ones where they stood. */
  readonly changes: readonly MeasureChange[];
  /** The same changes grouped by field (the newer version's fields first, then fields only in the older). */
  readonly fields: readonly FieldDiff[];
  /** Every level but the measures: the concept's details, fields, goals, objectives, guidelines. */
  readonly structure: StructureDiff;
  /** Guidelines of the whole concept (not of one field), as compared. */
  readonly guidelines: readonly ElementChange[];
}

export interface DiffOptions {
  /**
   * `id` pairs only by id; `text` ignores ids and pairs by text; `auto` (default) pairs by id and
   * then the rest by text, which is what an export with missing or changed ids needs.
   */
  readonly match?: 'id' | 'text' | 'auto';
  /** Pairs by text below this similarity are not made (default 0.5). */
  readonly threshold?: number;
}

export function attributeChanges(before: Measure, after: Measure): AttributeChange[] {
  return differences(CONTENT_ATTRIBUTES, before, after);
}

function describePair(from: MeasureEntry, to: MeasureEntry, match: PairMatch): MeasureChange {
  const attributes = attributeChanges(from.measure, to.measure);
  const moved = from.objective.id !== to.objective.id || from.field.id !== to.field.id;
  const statusChanged = (from.measure.status?.value ?? null) !== (to.measure.status?.value ?? null);
  const kind: ChangeKind = attributes.length ? 'changed' : moved ? 'moved' : 'unchanged';
  return { kind, id: to.measure.id, from, to, attributes, moved, statusChanged, match };
}

function summarize(changes: readonly MeasureChange[]): DiffSummary {
  const summary = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0, matchedByText: 0 };
  for (const c of changes) {
    summary[c.kind]++;
    if (c.match?.by === 'text') summary.matchedByText++;
  }
  return summary;
}

export function diffConcepts(from: Concept, to: Concept, options: DiffOptions = {}): ConceptDiff {
  return finish(diffSteps(from, to, options));
}

/**
 * {@link diffConcepts} in steps (see steps.ts): matching thousands of measures by text is the
 * large part, and a page spreads it over several tasks.
 */
export function diffSteps(from: Concept, to: Concept, options: DiffOptions = {}): Steps<ConceptDiff> {
  return diffStepsWith(indexedPairs, from, to, options);
}

/** {@link diffSteps} with the candidate index for matching by text given (see `matchingStepsWith`): a page loads it only for large versions. */
export function* diffStepsWith(index: CandidateIndex | undefined, from: Concept, to: Concept, options: DiffOptions = {}): Steps<ConceptDiff> {
  const mode = options.match ?? 'auto';
  const fromEntries = measureEntries(from);
  const toEntries = measureEntries(to);
  const pairOfTo = new Map<MeasureEntry, { from: MeasureEntry; match: PairMatch }>();
  const pairedFrom = new Set<MeasureEntry>();

  let idConflicts: IdConflict[] = [];
  if (mode !== 'text') {
    const byId = new Map(fromEntries.map((e) => [e.measure.id, e]));
    const reworded: Array<readonly [MeasureEntry, MeasureEntry]> = [];
    for (const entry of toEntries) {
      const partner = byId.get(entry.measure.id);
      if (partner) {
        pairOfTo.set(entry, { from: partner, match: { by: 'id', confidence: 1 } });
        pairedFrom.add(partner);
        if (!sameJson(partner.measure.title, entry.measure.title)) reworded.push([partner, entry]);
      }
    }
    idConflicts = yield* unrelatedPairs(reworded, mode === 'id');
    if (mode === 'auto') {
      for (const conflict of idConflicts) {
        pairOfTo.delete(conflict.to);
        pairedFrom.delete(conflict.from);
      }
    }
  }
  if (mode !== 'id') {
    const restFrom = fromEntries.filter((e) => !pairedFrom.has(e));
    const restTo = toEntries.filter((e) => !pairOfTo.has(e));
    for (const pair of yield* matchingStepsWith(index, restFrom, restTo, { threshold: options.threshold ?? DEFAULT_MATCH_THRESHOLD })) {
      pairOfTo.set(pair.to, { from: pair.from, match: { by: 'text', confidence: pair.confidence } });
      pairedFrom.add(pair.from);
    }
  }

  // The newer version's order, with each removed measure placed after its predecessor in the older one.
  const changes: MeasureChange[] = [];
  const removedAfter = new Map<MeasureEntry | undefined, MeasureEntry[]>();
  let previous: MeasureEntry | undefined;
  for (const entry of fromEntries) {
    if (!pairedFrom.has(entry)) {
      const list = removedAfter.get(previous) ?? [];
      list.push(entry);
      removedAfter.set(previous, list);
    } else previous = entry;
  }
  const pushRemoved = (after: MeasureEntry | undefined) => {
    for (const gone of removedAfter.get(after) ?? []) {
      changes.push({ kind: 'removed', id: gone.measure.id, from: gone, attributes: [], moved: false, statusChanged: false });
    }
  };
  pushRemoved(undefined);
  const due = stepCounter();
  for (const entry of toEntries) {
    const pair = pairOfTo.get(entry);
    if (pair) {
      changes.push(describePair(pair.from, entry, pair.match));
      pushRemoved(pair.from);
      // Comparing a measure's attributes: about the work of ten scores.
      if (due(10)) yield;
    } else {
      changes.push({ kind: 'added', id: entry.measure.id, to: entry, attributes: [], moved: false, statusChanged: false });
    }
  }

  const newerFieldIds = new Set(to.fields.map((f) => f.id));
  const fieldOrder = [...to.fields, ...from.fields.filter((f) => !newerFieldIds.has(f.id))];
  // One pass over the changes, not one per field (a state-wide concept has dozens of fields).
  const byField = new Map<string, MeasureChange[]>();
  for (const c of changes) {
    const id = (c.to ?? c.from)!.field.id;
    const list = byField.get(id);
    if (list) list.push(c);
    else byField.set(id, [c]);
  }
  const structure = diffStructure(from, to);
  const elementsByField = new Map<string | undefined, ElementChange[]>();
  for (const e of structure.elements) {
    const list = elementsByField.get(e.fieldId);
    if (list) list.push(e);
    else elementsByField.set(e.fieldId, [e]);
  }
  const fields: FieldDiff[] = fieldOrder.map((field) => {
    const inField = byField.get(field.id) ?? [];
    return { id: field.id, kind: field.kind, title: field.title, changes: inField, summary: summarize(inField), elements: elementsByField.get(field.id) ?? [] };
  });

  return { from, to, summary: summarize(changes), idConflicts, changes, fields, structure, guidelines: elementsByField.get(undefined) ?? [] };
}

/**
 * The pairs by id whose measures are unrelated. Only pairs with another title are scored (a kept
 * title says the id identifies), so the check costs nothing for the usual export.
 */
function* unrelatedPairs(pairs: readonly (readonly [MeasureEntry, MeasureEntry])[], kept: boolean): Steps<IdConflict[]> {
  if (!pairs.length) return [];
  const similarities = yield* similaritySteps(pairs);
  const out: IdConflict[] = [];
  pairs.forEach(([from, to], i) => {
    const similarity = similarities[i]!;
    if (similarity < UNRELATED_BELOW) out.push({ id: to.measure.id, from, to, similarity, kept });
  });
  return out;
}

export interface WordPart {
  readonly text: string;
  readonly kind: 'same' | 'inserted' | 'deleted';
}

/**
 * A word-level diff of two texts, for showing how an adapted description was rephrased. Where the
 * changed middle would need more than `maxCells` (default `MAX_CELLS`) comparisons, it is one
 * deletion and one insertion.
 */
export function wordDiff(before: string, after: string, maxCells?: number): WordPart[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  const parts: WordPart[] = [];
  for (const run of diffSequences(a, b, Object.is, maxCells)) {
    const kind = run.op === 'same' ? 'same' : run.op;
    const text = (run.op === 'inserted' ? b : a).slice(run.start, run.start + run.length).join('');
    const last = parts[parts.length - 1];
    // A lone space between two changes belongs to neither side: keep the marks in whole phrases.
    if (last && last.kind === kind) parts[parts.length - 1] = { text: last.text + text, kind };
    else parts.push({ text, kind });
  }
  return parts;
}
