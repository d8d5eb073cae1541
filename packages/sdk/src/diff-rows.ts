/**
 * What the version diff shows, as rows for a CSV file: one row per changed attribute of each change
 * (the synopsis as a spreadsheet), for the changes a reader's filter left. The concept's details
 * first, then each field with its own changes (the field, its goal, its objectives, its guidelines)
 * and its measures, then the guidelines of the whole concept.
 */
import type { Concept, Level } from '@konzept-kit/concept-schema';
import type { ChangeKind, ConceptDiff, MeasureChange } from './diff.js';
import { filterChanges, type FilteredDiff } from './diff-view.js';
import type { ElementChange } from './structure-diff.js';
import { plainValue, type PlainWords } from './plain-value.js';
import { termFor, textOf } from './text.js';
import { csvWords, type CsvCell } from './csv.js';

export interface DiffCsvWords {
  readonly field: string;
  readonly level: string;
  readonly id: string;
  readonly change: string;
  readonly attribute: string;
  /** The headers of the two wordings, with the version: "Bisherige Fassung (Version 1.0)". */
  readonly before: (version: string) => string;
  readonly after: (version: string) => string;
  readonly kind: (kind: ChangeKind) => string;
  /** A level's word, the municipality's own where it has one. */
  readonly levelName: (level: Level | 'concept') => string;
  /** An attribute's name; `detail` for the concept's own details (title, summary, adoption …). */
  readonly attributeName: (attribute: string, detail: boolean) => string;
}

/** German or English words, the concept's own terms for its levels; an element passes its interface's words instead. */
export function diffCsvWords(concept: Concept, lang = 'de'): DiffCsvWords {
  const w = csvWords(concept, lang);
  return {
    ...w,
    before: (version) => `${w.previous} (${version})`,
    after: (version) => `${w.next} (${version})`,
    kind: (kind) => w[kind],
    levelName: (level) => (level === 'concept' ? w.concept : termFor(concept, level, lang).text),
    attributeName: (attribute) => attribute,
  };
}

type Row = CsvCell[];

/**
 * The changes as rows: field, level, id, kind of change, attribute, previous and new wording. An
 * added or removed element or measure has one row (its title); a changed one a row per attribute.
 */
export function diffRows(diff: ConceptDiff, shown: FilteredDiff = filterChanges(diff), lang = 'de', words: DiffCsvWords = diffCsvWords(diff.to, lang)): Row[] {
  const text = (concept: Concept): PlainWords => ({ text: (v) => textOf(v, lang, concept.language) });
  const value = (concept: Concept, v: unknown) => plainValue(v, text(concept));
  const fieldTitle = (id: string | undefined) => {
    if (id === undefined) return '';
    const field = diff.to.fields.find((f) => f.id === id) ?? diff.from.fields.find((f) => f.id === id);
    return field ? textOf(field.title, lang, (diff.to.fields.includes(field) ? diff.to : diff.from).language) : id;
  };
  const rows: Row[] = [[words.field, words.level, words.id, words.change, words.attribute, words.before(diff.from.version), words.after(diff.to.version)]];
  const pair = (field: string, level: string, id: string, kind: ChangeKind, attribute: string, before: unknown, after: unknown) =>
    rows.push([field, level, id, words.kind(kind), attribute, value(diff.from, before), value(diff.to, after)]);

  for (const d of shown.details) pair('', words.levelName('concept'), '', 'changed', words.attributeName(d.attribute, true), d.before, d.after);

  const element = (e: ElementChange) => {
    const level: Level = e.level === 'field' ? ((e.after ?? e.before)!['kind'] === 'crossCutting' ? 'crossCuttingField' : 'actionField') : e.level;
    const name = words.levelName(level);
    const field = fieldTitle(e.fieldId);
    const id = e.level === 'goal' ? '' : e.id;
    const key = (e.after ?? e.before)!['title'] !== undefined ? 'title' : 'text';
    if (e.kind !== 'changed' && e.kind !== 'moved') {
      pair(
        field,
        name,
        id,
        e.kind,
        words.attributeName(key, false),
        e.kind === 'added' ? undefined : e.before![key],
        e.kind === 'removed' ? undefined : e.after![key],
      );
      return;
    }
    for (const a of e.attributes) pair(field, name, id, e.kind, words.attributeName(a.attribute === 'field' ? 'place' : a.attribute, false), a.before, a.after);
  };

  const measure = (field: string, c: MeasureChange) => {
    const name = words.levelName('measure');
    const before = c.from?.measure;
    const after = c.to?.measure;
    if (c.kind !== 'changed' && c.kind !== 'moved') {
      pair(field, name, c.id, c.kind, words.attributeName('title', false), before?.title, after?.title);
      return;
    }
    for (const a of c.attributes) pair(field, name, c.id, c.kind, words.attributeName(a.attribute, false), a.before, a.after);
    if (c.moved) {
      const place = (entry: MeasureChange['from'], concept: Concept) =>
        entry ? `${textOf(entry.field.title, lang, concept.language)} / ${textOf(entry.objective.title, lang, concept.language)}` : '';
      rows.push([field, name, c.id, words.kind(c.kind), words.attributeName('place', false), place(c.from, diff.from), place(c.to, diff.to)]);
    }
  };

  for (const f of shown.fields) {
    const title = fieldTitle(f.id);
    for (const e of f.elements) element(e);
    for (const c of f.changes) measure(title, c);
  }
  for (const g of shown.guidelines) element(g);
  return rows;
}
