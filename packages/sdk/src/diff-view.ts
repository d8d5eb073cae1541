/**
 * What a reader of a version diff looks at: the changes of the kinds and fields they chose, and,
 * for a list that changed (partners, target groups, indicators …), which entries stayed, which
 * went and which came. The element renders these; it decides nothing itself.
 */
import { diffSequences } from './sequence-diff.js';
import type { ChangeKind, ConceptDiff, FieldDiff, MeasureChange } from './diff.js';
import { canonicalJson } from './same-json.js';
import type { ConceptAttribute, DetailChange, ElementChange } from './structure-diff.js';
import { measureAnchor } from './anchors.js';

export const CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'removed', 'added', 'moved', 'unchanged'];

export interface ChangeFilter {
  /** Kinds to show; missing shows every kind but `unchanged`, which readers ask for explicitly. */
  readonly kinds?: readonly ChangeKind[];
  /** Field ids to show; empty or missing shows all fields. */
  readonly fields?: readonly string[];
}

export interface FilteredDiff {
  /** Fields with at least one change (of a measure or of the field, its goal, objectives, guidelines) left, each with only those left. */
  readonly fields: readonly FieldDiff[];
  /** Changes of measures left. */
  readonly shown: number;
  /** All changes of measures, for "12 of 193 shown". */
  readonly total: number;
  /** The concept's changed details, when changes are shown and no field is chosen. */
  readonly details: readonly DetailChange<ConceptAttribute>[];
  /** Guidelines of the whole concept left (none when a field is chosen). */
  readonly guidelines: readonly ElementChange[];
  /** Fields, goals, objectives and guidelines left, and all of them. */
  readonly shownElements: number;
  readonly totalElements: number;
}

/** Kinds shown when the reader chose nothing: everything that changed. */
export const DEFAULT_CHANGE_KINDS: readonly ChangeKind[] = ['changed', 'removed', 'added', 'moved'];

export function filterChanges(diff: ConceptDiff, filter: ChangeFilter = {}): FilteredDiff {
  const kinds = new Set(filter.kinds ?? DEFAULT_CHANGE_KINDS);
  const fieldIds = filter.fields?.length ? new Set(filter.fields) : undefined;
  const keep = (c: { kind: ChangeKind }) => kinds.has(c.kind);
  // Unchanged fields, goals, objectives and guidelines are listed only where there are no measures
  // (they are all there is): elsewhere "show unchanged (145)" means the measures it counts.
  const withMeasures = diff.changes.length > 0;
  const keepElement = (e: { kind: ChangeKind }) => kinds.has(e.kind) && (e.kind !== 'unchanged' || !withMeasures);
  const fields: FieldDiff[] = [];
  let shown = 0;
  let shownElements = 0;
  for (const field of diff.fields) {
    if (fieldIds && !fieldIds.has(field.id)) continue;
    const changes = field.changes.filter(keep);
    const elements = field.elements.filter(keepElement);
    if (!changes.length && !elements.length) continue;
    shown += changes.length;
    shownElements += elements.length;
    fields.push({ ...field, changes, elements });
  }
  const guidelines = fieldIds ? [] : diff.guidelines.filter(keepElement);
  shownElements += guidelines.length;
  const details = !fieldIds && kinds.has('changed') ? diff.structure.details : [];
  return { fields, shown, total: diff.changes.length, details, guidelines, shownElements, totalElements: diff.structure.elements.length };
}

/** The prefix of a change's anchor: `#aenderung-spr-1-3`. */
export const CHANGE_ANCHOR_PREFIX = 'aenderung';

const anchorCache = new WeakMap<ConceptDiff, Map<string, ReadonlyMap<MeasureChange, string>>>();

/**
 * A page anchor for every change, from the measure's id (the newer one, or the older for a
 * deleted measure), so a link to a change keeps working. Ids that clash (a deleted measure whose
 * id a new one took) get `-2`, `-3` … in order.
 */
export function changeAnchors(diff: ConceptDiff, prefix = CHANGE_ANCHOR_PREFIX): ReadonlyMap<MeasureChange, string> {
  let perPrefix = anchorCache.get(diff);
  if (!perPrefix) anchorCache.set(diff, (perPrefix = new Map()));
  let anchors = perPrefix.get(prefix);
  if (!anchors) {
    const map = new Map<MeasureChange, string>();
    const taken = new Set<string>();
    for (const change of diff.changes) {
      const base = measureAnchor(change.id, prefix);
      let anchor = base;
      for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
      taken.add(anchor);
      map.set(change, anchor);
    }
    perPrefix.set(prefix, (anchors = map));
  }
  return anchors;
}

export interface ListPart<T> {
  /** The entry (the newer one for `changed`). */
  readonly item: T;
  /** `changed`: the same entry by its identity (e.g. an indicator's title) with other content. */
  readonly kind: 'same' | 'inserted' | 'deleted' | 'changed';
  /** For `changed`: the entry as it was. */
  readonly before?: T;
}

/**
 * A list attribute before and after, entry by entry, in the newer order with deleted entries where
 * they stood. Entries are equal when their content is, whatever the order of their keys. With
 * `identity` (e.g. an indicator's id or title), an entry that keeps its identity but changes its
 * content is one `changed` part ("target 120 → 200"), not a deletion and an insertion. `maxCells`
 * bounds the alignment as in `wordDiff`.
 */
export function listDiff<T>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  identity: (item: T) => string = canonicalJson,
  maxCells?: number,
): ListPart<T>[] {
  const a = [...(before ?? [])];
  const b = [...(after ?? [])];
  const parts: ListPart<T>[] = [];
  let i = 0;
  let j = 0;
  // Each entry's identity once, not once per comparison: the alignment compares up to 4 million pairs.
  // A string is its own identity (canonicalJson would only quote it); anything else is marked apart.
  const key = identity === canonicalJson ? (x: T) => (typeof x === 'string' ? x : `\u0000${canonicalJson(x)}`) : identity;
  const keysA = a.map(key);
  const keysB = b.map(key);
  for (const run of diffSequences(keysA, keysB, Object.is, maxCells)) {
    for (let k = 0; k < run.length; k++) {
      if (run.op === 'inserted') parts.push({ item: b[j++]!, kind: 'inserted' });
      else if (run.op === 'deleted') parts.push({ item: a[i++]!, kind: 'deleted' });
      else {
        const old = a[i++]!;
        const item = b[j++]!;
        const same = identity === canonicalJson ? keysA[i - 1] === keysB[j - 1] : canonicalJson(old) === canonicalJson(item);
        parts.push(same ? { item, kind: 'same' } : { item, kind: 'changed', before: old });
      }
    }
  }
  return parts;
}
