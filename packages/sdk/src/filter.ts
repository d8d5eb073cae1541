/**
 * The reader's filter over a concept's measures: by status, field, kind and a search text. One type
 * shared by every element on a page, so a click on the chart can filter the accordion. With the
 * small operations elements need around it: dropping empty parts, comparing two filters.
 */
import type { Concept, FieldKind, Text } from '@konzept-kit/concept-schema';
import { currentStatus, measureEntries, type MeasureEntry } from './measures.js';
import { foldForFind } from './normalize.js';

export interface MeasureFilter {
  /** Status ids to keep; empty or missing keeps all. */
  readonly status?: readonly string[];
  /** Field ids to keep. */
  readonly field?: readonly string[];
  readonly kind?: readonly FieldKind[];
  /**
   * Words that must all occur in the measure's title, description, lead, partners or target groups, or in
   * the titles of its objective and field (case and umlaut spelling ignored: "ubergang" finds "Übergang").
   */
  readonly query?: string;
}

export function isFilterEmpty(filter: MeasureFilter | undefined): boolean {
  return !filter || (!filter.status?.length && !filter.field?.length && !filter.kind?.length && !filter.query?.trim());
}

/** Drops empty parts, so `{ status: [] }` and `{}` compare equal. */
export function compactFilter(filter: MeasureFilter | undefined): MeasureFilter {
  if (!filter) return {};
  const query = filter.query?.trim() ?? '';
  return {
    ...(filter.status?.length ? { status: filter.status } : {}),
    ...(filter.field?.length ? { field: filter.field } : {}),
    ...(filter.kind?.length ? { kind: filter.kind } : {}),
    ...(query ? { query: filter.query } : {}),
  };
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/** Whether two filters keep the same measures by construction (order of ids does not matter). */
export function sameFilter(a: MeasureFilter | undefined, b: MeasureFilter | undefined): boolean {
  if (a === b) return true;
  return sameSet(a?.status, b?.status) && sameSet(a?.field, b?.field) && sameSet(a?.kind, b?.kind) && (a?.query?.trim() ?? '') === (b?.query?.trim() ?? '');
}

function allLanguages(value: Text | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : Object.values(value).join(' ');
}

const haystacks = new WeakMap<Concept, readonly string[]>();

/** How many characters of a measure's partners and target groups the search reads. */
const SEARCH_LIST_CHARS = 20_000;

/** Each measure's searchable text, folded once per concept (so a keystroke only scans strings). */
function searchTexts(concept: Concept): readonly string[] {
  let texts = haystacks.get(concept);
  if (!texts) {
    texts = measureEntries(concept).map(({ measure, objective, field }) => {
      const parts = [measure.id, allLanguages(measure.title), allLanguages(measure.description), allLanguages(measure.lead?.unit)];
      // Partners and target groups up to SEARCH_LIST_CHARS: 100,000 partners are valid, and folding
      // all of them took half a second in one task; a reader searches for the first ones.
      let listed = 0;
      for (const list of [measure.partners, measure.targetGroups]) {
        for (let i = 0; i < list.length && listed < SEARCH_LIST_CHARS; i++) {
          const text = allLanguages(list[i]);
          parts.push(text);
          listed += text.length;
        }
      }
      parts.push(allLanguages(objective.title), allLanguages(field.title));
      return foldForFind(parts.join(' \u0000 '));
    });
    haystacks.set(concept, texts);
  }
  return texts;
}

/**
 * Folds every measure's searchable text now, so the reader's first keystroke does not pay for it
 * (about 50 ms at 10,000 measures). Elements call this when the browser is idle after loading.
 */
export function prepareSearch(concept: Concept): void {
  searchTexts(concept);
}

export function filterMeasures(concept: Concept, filter: MeasureFilter = {}): MeasureEntry[] {
  const entries = measureEntries(concept);
  if (isFilterEmpty(filter)) return [...entries];
  const statuses = filter.status?.length ? new Set(filter.status) : undefined;
  const fields = filter.field?.length ? new Set(filter.field) : undefined;
  const kinds = filter.kind?.length ? new Set(filter.kind) : undefined;
  const terms = foldForFind(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  const texts = terms.length ? searchTexts(concept) : undefined;
  const out: MeasureEntry[] = [];
  for (const entry of entries) {
    if (fields && !fields.has(entry.field.id)) continue;
    if (kinds && !kinds.has(entry.field.kind)) continue;
    if (statuses) {
      const s = currentStatus(concept, entry.measure);
      if (s === undefined || !statuses.has(s)) continue;
    }
    if (texts) {
      const text = texts[entry.index]!;
      if (!terms.every((t) => text.includes(t))) continue;
    }
    out.push(entry);
  }
  return out;
}
