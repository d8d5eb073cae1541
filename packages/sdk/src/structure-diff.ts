/**
 * The version diff above and beside the measures: the concept's own details (title, summary,
 * adoption, council papers …), its fields, their goals, their objectives and its guidelines. A
 * reworded goal or a deleted objective is a change a council member looks for, and a concept of
 * guidelines and goals only (Landshut) has nothing else to compare.
 *
 * Elements pair by id, and those left by an equal title (an export that renumbered them). One pass
 * over each level: a concept has dozens of fields and hundreds of objectives, never more.
 */
import type { Concept, Field, Guideline, Objective } from '@konzept-kit/concept-schema';
import type { ChangeKind } from './diff.js';
import { canonicalJson, sameJson } from './same-json.js';

/** The concept's own details a reader would call changed. `note` is the export's note (e.g. "sample data"). */
export const CONCEPT_ATTRIBUTES = [
  'title',
  'summary',
  'adopted',
  'adoptedBy',
  'municipality',
  'councilPapers',
  'evaluations',
  'integrationReports',
  'participation',
  'terms',
  'statusScale',
  'note',
  'extra',
] as const;
export type ConceptAttribute = (typeof CONCEPT_ATTRIBUTES)[number];

export type StructureLevel = 'field' | 'goal' | 'objective' | 'guideline';
export const STRUCTURE_LEVELS: readonly StructureLevel[] = ['field', 'goal', 'objective', 'guideline'];

/** What is compared at each level. */
export const LEVEL_ATTRIBUTES = {
  field: ['title', 'kind', 'description', 'extra'],
  goal: ['title', 'description'],
  objective: ['title', 'description', 'indicators', 'extra'],
  guideline: ['title', 'text', 'field'],
} as const satisfies Record<StructureLevel, readonly string[]>;
export type ElementAttribute = (typeof LEVEL_ATTRIBUTES)[StructureLevel][number];

export interface DetailChange<A extends string = string> {
  readonly attribute: A;
  readonly before: unknown;
  readonly after: unknown;
}

/** One field, goal, objective or guideline of either version, and what became of it. */
export interface ElementChange {
  readonly level: StructureLevel;
  /** `moved`: an objective now in another field, a guideline now for another field (or none). */
  readonly kind: ChangeKind;
  /** The id in the newer version (or the older, for a removed one); a goal has its field's id. */
  readonly id: string;
  /** The element as it was and as it is (a goal: the field's `goal`). */
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after?: Readonly<Record<string, unknown>>;
  readonly attributes: readonly DetailChange<ElementAttribute>[];
  /** The field it belongs to (the newer one, else the older); none for a guideline of the whole concept. */
  readonly fieldId?: string;
  /** For `moved`: the field it belonged to. */
  readonly fromFieldId?: string;
}

export type LevelSummary = Readonly<Record<ChangeKind, number>>;

export interface StructureDiff {
  /** The concept's own details that differ. */
  readonly details: readonly DetailChange<ConceptAttribute>[];
  /** Every field, goal, objective and guideline of both versions once, in the newer version's order. */
  readonly elements: readonly ElementChange[];
  /** Counts per level and kind. */
  readonly summary: Readonly<Record<StructureLevel, LevelSummary>>;
}

function emptyToUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (value && typeof value === 'object') {
    // Any key makes it non-empty: looked at without listing the keys (this runs for every attribute of every measure).
    for (const _ in value) return value;
    return undefined;
  }
  return value;
}

/** The attributes whose values differ (an empty list or object counts as missing); also a measure's (diff.ts). */
export function differences<A extends string>(attributes: readonly A[], before: object, after: object): DetailChange<A>[] {
  const out: DetailChange<A>[] = [];
  for (const attribute of attributes) {
    const a = emptyToUndefined((before as Record<string, unknown>)[attribute]);
    const b = emptyToUndefined((after as Record<string, unknown>)[attribute]);
    if (!sameJson(a, b)) out.push({ attribute, before: a, after: b });
  }
  return out;
}

/** The concept's details as compared: `note` lifted out of `meta` (its export time and generator change with every export). */
function conceptDetails(concept: Concept): Record<string, unknown> {
  return { ...concept, note: concept.meta?.note };
}

/** Pairs by id, then what is left by an equal title. Returns older → newer. */
function pairElements<T extends { id: string; title?: unknown }>(from: readonly T[], to: readonly T[]): Map<T, T> {
  const pairs = new Map<T, T>();
  const byId = new Map(from.map((e) => [e.id, e]));
  const pairedTo = new Set<T>();
  for (const e of to) {
    const partner = byId.get(e.id);
    if (partner) {
      pairs.set(partner, e);
      pairedTo.add(e);
    }
  }
  const byTitle = new Map<string, T>();
  for (const e of from) if (!pairs.has(e) && e.title !== undefined) byTitle.set(canonicalJson(e.title), e);
  if (byTitle.size) {
    for (const e of to) {
      if (pairedTo.has(e) || e.title === undefined) continue;
      const key = canonicalJson(e.title);
      const partner = byTitle.get(key);
      if (partner) {
        pairs.set(partner, e);
        byTitle.delete(key);
      }
    }
  }
  return pairs;
}

function describe(
  level: StructureLevel,
  older: object | undefined,
  newer: object | undefined,
  id: string,
  fieldId: string | undefined,
  fromFieldId: string | undefined,
): ElementChange {
  const before = older as Record<string, unknown> | undefined;
  const after = newer as Record<string, unknown> | undefined;
  if (!before) return { level, kind: 'added', id, after, attributes: [], fieldId };
  if (!after) return { level, kind: 'removed', id, before, attributes: [], fieldId: fromFieldId };
  const attributes = differences(LEVEL_ATTRIBUTES[level] as readonly ElementAttribute[], before, after);
  const moved = fieldId !== fromFieldId && level !== 'guideline';
  const kind: ChangeKind = attributes.length ? 'changed' : moved ? 'moved' : 'unchanged';
  return { level, kind, id, before, after, attributes, fieldId, ...(moved ? { fromFieldId } : {}) };
}

function emptySummary(): Record<ChangeKind, number> {
  return { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
}

/**
 * Every level but the measures, compared. Elements come in the newer version's order, each field
 * followed by its goal, its objectives and its guidelines; removed ones after the newer ones of
 * their field; guidelines of the whole concept last.
 */
export function diffStructure(from: Concept, to: Concept): StructureDiff {
  const details = differences(CONCEPT_ATTRIBUTES, conceptDetails(from), conceptDetails(to));
  const fieldPairs = pairElements<Field>(from.fields, to.fields);
  const fieldOfNewer = new Map<Field, Field>();
  for (const [a, b] of fieldPairs) fieldOfNewer.set(b, a);
  /** An older field's id as the newer version knows it (a renamed id pairs by title). */
  const newerFieldId = new Map<string, string>();
  for (const [a, b] of fieldPairs) newerFieldId.set(a.id, b.id);
  const translate = (id: string | undefined) => (id === undefined ? undefined : (newerFieldId.get(id) ?? id));

  const olderObjectives: Array<{ objective: Objective; field: Field }> = from.fields.flatMap((field) =>
    field.objectives.map((objective) => ({ objective, field })),
  );
  const newerObjectives: Array<{ objective: Objective; field: Field }> = to.fields.flatMap((field) =>
    field.objectives.map((objective) => ({ objective, field })),
  );
  const objectivePairs = pairElements(
    olderObjectives.map((o) => ({ id: o.objective.id, title: o.objective.title, entry: o })),
    newerObjectives.map((o) => ({ id: o.objective.id, title: o.objective.title, entry: o })),
  );
  const partnerOfNewerObjective = new Map<Objective, { objective: Objective; field: Field }>();
  const pairedOlderObjectives = new Set<Objective>();
  for (const [a, b] of objectivePairs) {
    partnerOfNewerObjective.set(b.entry.objective, a.entry);
    pairedOlderObjectives.add(a.entry.objective);
  }
  const guidelinePairs = pairElements<Guideline>(from.guidelines, to.guidelines);
  const olderOfGuideline = new Map<Guideline, Guideline>();
  for (const [a, b] of guidelinePairs) olderOfGuideline.set(b, a);

  const elements: ElementChange[] = [];
  const guidelinesOf = (fieldId: string | undefined) => {
    for (const g of to.guidelines) {
      if (g.field !== fieldId) continue;
      const old = olderOfGuideline.get(g);
      elements.push(describe('guideline', old, g, g.id, g.field, old?.field));
    }
    for (const g of from.guidelines) {
      if (!guidelinePairs.has(g) && translate(g.field) === fieldId) elements.push(describe('guideline', g, undefined, g.id, undefined, translate(g.field)));
    }
  };

  for (const field of to.fields) {
    const old = fieldOfNewer.get(field);
    elements.push(describe('field', old, field, field.id, field.id, field.id));
    if (field.goal || old?.goal) elements.push(describe('goal', old?.goal, field.goal, field.id, field.id, field.id));
    for (const objective of field.objectives) {
      const partner = partnerOfNewerObjective.get(objective);
      elements.push(describe('objective', partner?.objective, objective, objective.id, field.id, partner && translate(partner.field.id)));
    }
    if (old) {
      for (const objective of old.objectives) {
        if (!pairedOlderObjectives.has(objective)) elements.push(describe('objective', objective, undefined, objective.id, undefined, field.id));
      }
    }
    guidelinesOf(field.id);
  }
  for (const field of from.fields) {
    if (fieldPairs.has(field)) continue;
    elements.push(describe('field', field, undefined, field.id, undefined, field.id));
    if (field.goal) elements.push(describe('goal', field.goal, undefined, field.id, undefined, field.id));
    for (const objective of field.objectives) {
      if (!pairedOlderObjectives.has(objective)) elements.push(describe('objective', objective, undefined, objective.id, undefined, field.id));
    }
    guidelinesOf(field.id);
  }
  guidelinesOf(undefined);

  const summary = Object.fromEntries(STRUCTURE_LEVELS.map((level) => [level, emptySummary()])) as Record<StructureLevel, Record<ChangeKind, number>>;
  for (const e of elements) summary[e.level][e.kind]++;
  return { details, elements, summary };
}
