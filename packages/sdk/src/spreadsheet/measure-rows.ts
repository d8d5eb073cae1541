/**
 * The rows of a measure sheet into fields, objectives and measures. Editors leave repeated cells
 * empty (or merge them): field, goal and objective carry down from the row above. A row becomes a
 * measure, or only names a field or objective, or is rejected with its number and the reason.
 */
import type { FieldKind, Terms, Text } from '@konzept-kit/concept-schema';
import { foldForSearch } from '../normalize.js';
import { isEmptyCell, type SheetRows } from './cells.js';
import { INDICATOR_KEYS, type ColumnKey } from './columns.js';
import { isValidId, sanitizeId } from './ids.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import type { PlannedColumn } from './layout.js';
import { mainText, readIndicators, readMeasure, RowCells, type RowContext } from './measure-cells.js';
import { LONG_TEXT, SHORT_TEXT, readValue } from './values.js';

type Json = Record<string, unknown>;

export interface MeasureDraft {
  readonly row: number;
  /** The id the sheet gives (made valid), if any. */
  readonly id?: string;
  readonly data: Json;
}

export interface ObjectiveDraft {
  readonly key: string;
  title: Text;
  id?: string;
  description?: Text;
  readonly indicators: Json[];
  readonly measures: MeasureDraft[];
  used: boolean;
}

export interface FieldDraft {
  readonly key: string;
  title: Text;
  kind: FieldKind;
  id?: string;
  goal?: Text;
  goalDescription?: Text;
  description?: Text;
  readonly objectives: Map<string, ObjectiveDraft>;
  used: boolean;
  usedAt: number;
}

export interface RowCounts {
  rows: number;
  empty: number;
  measures: number;
  structure: number;
  rejected: number;
}

const KIND_WORDS: Readonly<Record<string, FieldKind>> = {
  handlungsfeld: 'action',
  handlungsfelder: 'action',
  themenfeld: 'action',
  hf: 'action',
  action: 'action',
  feld: 'action',
  querschnittsthema: 'crossCutting',
  querschnittsthemen: 'crossCutting',
  querschnittsaufgabe: 'crossCutting',
  querschnittsfeld: 'crossCutting',
  qt: 'crossCutting',
  crosscutting: 'crossCutting',
};

function titleKey(text: Text, lang: string): string {
  return foldForSearch(typeof text === 'string' ? text : (text[lang] ?? mainText(text)));
}

function sameText(a: Text | undefined, b: Text | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field kind from the "Art" cell, also in the concept's own words ("Themenfeld", "Querschnittsaufgabe"). */
function readKind(text: string, terms: Terms | undefined): FieldKind | undefined {
  const key = foldForSearch(text).replace(/[^a-z]/g, '');
  if (KIND_WORDS[key]) return KIND_WORDS[key];
  const own = (kind: FieldKind, term: Terms['actionField']) =>
    term &&
    [term.singular, term.plural].some((t) => Object.values(typeof t === 'string' ? { t } : t).some((w) => foldForSearch(w).replace(/[^a-z]/g, '') === key))
      ? kind
      : undefined;
  return own('action', terms?.actionField) ?? own('crossCutting', terms?.crossCuttingField);
}

/** Reads every data row; returns the fields in the order they were first used. */
export function readMeasureRows(
  rows: SheetRows,
  headerIndex: number,
  columns: readonly PlannedColumn[],
  context: RowContext,
  issues: SheetIssue[],
): { fields: FieldDraft[]; counts: RowCounts } {
  const counts: RowCounts = { rows: 0, empty: 0, measures: 0, structure: 0, rejected: 0 };
  const fields = new Map<string, FieldDraft>();
  const hasKindColumn = columns.some((c) => c.role === 'column' && c.key === 'kind');
  let carried: { field?: FieldDraft; objective?: ObjectiveDraft; kind?: FieldKind } = {};
  let order = 0;

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const rowNumber = r + 1;
    counts.rows++;
    if (row.every(isEmptyCell)) {
      counts.empty++;
      continue;
    }
    const where = { sheet: context.sheet, row: rowNumber };
    const cells = new RowCells(row, columns);
    const warn = (code: SheetIssue['code'], column: string | undefined, de: string, en: string) =>
      issues.push(sheetIssue('warning', code, de, en, { ...where, ...(column !== undefined ? { column } : {}) }));
    const reject = (code: SheetIssue['code'], de: string, en: string, column?: string) => {
      counts.rejected++;
      issues.push(sheetIssue('error', code, de, en, { ...where, ...(column !== undefined ? { column } : {}) }));
    };
    /** Values that could not be placed go to the measure's extra under the column's header. */
    const aside: Array<[string, string]> = [];

    let tooLong: { column: string; de: string; en: string } | undefined;
    const text = (key: ColumnKey, long = false): Text | undefined => {
      const result = readValue(long ? LONG_TEXT : SHORT_TEXT, cells.main.get(key), cells.variants.get(key) ?? new Map(), context);
      if (result.ok) return result.value as Text | undefined;
      tooLong ??= { column: cells.header(key), ...result.message };
      return undefined;
    };

    // --- the structure: field, goal, objective (carried down when empty) ---
    const kindText = cells.text('kind');
    let kindGiven: FieldKind | undefined;
    if (kindText) {
      kindGiven = readKind(kindText, context.terms);
      if (!kindGiven) {
        warn(
          'value',
          cells.header('kind'),
          `"${kindText}" ist weder "Handlungsfeld" noch "Querschnittsthema"; die Zeile gilt als Handlungsfeld.`,
          `"${kindText}" is neither "Handlungsfeld" nor "Querschnittsthema"; the row counts as a field of action.`,
        );
        kindGiven = 'action';
      }
      carried.kind = kindGiven;
    }
    const fieldTitle = text('field');
    const crossTitle = text('crossCutting');
    let field = carried.field;
    let fieldChanged = false;
    const named = fieldTitle ?? crossTitle;
    if (named !== undefined) {
      const key = titleKey(named, context.lang);
      const kind: FieldKind =
        fieldTitle === undefined ? 'crossCutting' : (kindGiven ?? fields.get(key)?.kind ?? (hasKindColumn ? carried.kind : undefined) ?? 'action');
      field = fields.get(key);
      if (!field) {
        field = { key, title: named, kind, objectives: new Map(), used: false, usedAt: 0 };
        fields.set(key, field);
      } else if (kindGiven && kindGiven !== field.kind) {
        warn(
          'conflict',
          cells.header('kind'),
          `"${mainText(field.title)}" steht weiter oben mit einer anderen Art; die erste gilt.`,
          `"${mainText(field.title)}" appears above with another kind; the first one counts.`,
        );
      }
      fieldChanged = field !== carried.field;
    }

    const setOnce = <K extends 'goal' | 'goalDescription' | 'description'>(target: FieldDraft | ObjectiveDraft, prop: K, key: ColumnKey, long: boolean) => {
      const value = text(key, long);
      if (value === undefined) return;
      const current = (target as unknown as Record<string, Text | undefined>)[prop];
      if (current === undefined) (target as unknown as Record<string, Text | undefined>)[prop] = value;
      else if (!sameText(current, value)) {
        warn(
          'conflict',
          cells.header(key),
          'Weicht vom Eintrag weiter oben ab; der obere gilt, dieser steht bei den Zusatzangaben der Maßnahme.',
          'Differs from the entry above; the one above counts, this one is kept in the measure’s extra data.',
        );
        aside.push([cells.header(key), mainText(value)]);
      }
    };
    const setId = (target: FieldDraft | ObjectiveDraft, key: ColumnKey) => {
      const raw = cells.text(key);
      if (!raw) return;
      const id = isValidId(raw) ? raw : sanitizeId(raw);
      if (!id) {
        warn('id', cells.header(key), `"${raw}" ist keine gültige Kennung; sie wird erzeugt.`, `"${raw}" is not a valid id; one is generated.`);
        return;
      }
      if (target.id === undefined) target.id = id;
      else if (target.id !== id) {
        warn(
          'conflict',
          cells.header(key),
          `Weiter oben steht für "${mainText(target.title)}" die Kennung "${target.id}"; sie gilt.`,
          `The id "${target.id}" is given above for "${mainText(target.title)}"; it counts.`,
        );
      }
    };

    let objective: ObjectiveDraft | undefined = fieldChanged ? undefined : carried.objective;
    if (field) {
      setId(field, 'fieldId');
      setOnce(field, 'goal', 'goal', false);
      setOnce(field, 'goalDescription', 'goalDescription', true);
      setOnce(field, 'description', 'fieldDescription', true);
      const objectiveTitle = text('objective');
      if (objectiveTitle !== undefined) {
        const key = titleKey(objectiveTitle, context.lang);
        objective = field.objectives.get(key);
        if (!objective) {
          objective = { key, title: objectiveTitle, indicators: [], measures: [], used: false };
          field.objectives.set(key, objective);
        }
      }
      if (objective) {
        setId(objective, 'objectiveId');
        setOnce(objective, 'description', 'objectiveDescription', true);
      }
    }
    carried = { ...carried, field, objective };

    if (tooLong) {
      reject('tooLong', `Zeile nicht übernommen: ${tooLong.de}`, `Row not imported: ${tooLong.en}`, tooLong.column);
      continue;
    }

    const use = () => {
      if (field && !field.used) {
        field.used = true;
        field.usedAt = order++;
      }
      if (objective) objective.used = true;
    };

    // --- a row without a measure: it names a field or objective, or carries the objective's indicators ---
    const title = text('measure');
    if (title === undefined) {
      const content = cells.measureColumns();
      const indicatorOnly = content.length > 0 && cells.measureColumns(INDICATOR_KEYS).length === 0;
      if (!field) {
        reject(
          'noField',
          'Zeile nicht übernommen: kein Handlungsfeld (auch nicht in den Zeilen darüber).',
          'Row not imported: no field of action (nor in the rows above).',
        );
        continue;
      }
      if (content.length === 0 || (indicatorOnly && objective)) {
        if (content.length) {
          const indicators = readIndicators(cells, context, warn, aside);
          objective!.indicators.push(...indicators);
        }
        use();
        counts.structure++;
        continue;
      }
      const list = content.map((c) => `"${c}"`).join(', ');
      reject(
        'noMeasure',
        `Zeile nicht übernommen: Der Titel der Maßnahme (Spalte "Maßnahme") fehlt, die Zeile hat aber Angaben in ${list}.`,
        `Row not imported: the measure's title (column "Maßnahme") is missing, but the row has values in ${list}.`,
        cells.header('measure'),
      );
      continue;
    }
    if (!field) {
      reject(
        'noField',
        'Zeile nicht übernommen: kein Handlungsfeld (auch nicht in den Zeilen darüber).',
        'Row not imported: no field of action (nor in the rows above).',
        cells.header('field'),
      );
      continue;
    }
    if (!objective) {
      reject(
        'noObjective',
        'Zeile nicht übernommen: kein Unterziel (auch nicht in den Zeilen darüber im selben Handlungsfeld).',
        'Row not imported: no objective (nor in the rows above in the same field).',
        cells.header('objective'),
      );
      continue;
    }

    const built = readMeasure(cells, title, context, warn, aside);
    if (!built.ok) {
      reject('tooLong', `Zeile nicht übernommen: ${built.message.de}`, `Row not imported: ${built.message.en}`, built.column);
      continue;
    }
    const rawId = cells.text('id');
    let id: string | undefined;
    if (rawId) {
      id = isValidId(rawId) ? rawId : sanitizeId(rawId);
      if (id !== rawId) {
        warn(
          'id',
          cells.header('id'),
          id ? `"${rawId}" ist keine gültige Kennung; übernommen als "${id}".` : `"${rawId}" ist keine gültige Kennung; sie wird erzeugt.`,
          id ? `"${rawId}" is not a valid id; imported as "${id}".` : `"${rawId}" is not a valid id; one is generated.`,
        );
      }
    }
    use();
    objective.measures.push({ row: rowNumber, ...(id ? { id } : {}), data: built.data });
    counts.measures++;
  }
  return { fields: [...fields.values()].filter((f) => f.used).sort((a, b) => a.usedAt - b.usedAt), counts };
}
