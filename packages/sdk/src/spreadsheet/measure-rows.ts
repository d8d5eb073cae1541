/**
 * The rows of a measure sheet into fields, objectives and measures. Editors leave repeated cells
 * empty (or merge them): field, goal and objective carry down from the row above. A row becomes a
 * measure, or only names a field or objective, or is rejected with its number and the reason.
 */
import type { FieldKind, Terms, Text } from '@konzept-kit/concept-schema';
import { foldForSearch } from '../normalize.js';
import { isEmptyCell } from './cells.js';
import { INDICATOR_KEYS, type ColumnKey } from './columns.js';
import { isValidId, sanitizeId } from './ids.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import type { PlannedColumn } from './layout.js';
import { mainText, readIndicators, readMeasure, RowCells, type RowContext } from './measure-cells.js';
import { LONG_TEXT, SHORT_TEXT, readValue } from './values.js';
import type { SheetRow } from './sheet-rows.js';
import { readRowStatus, type StatusFinding, type StatusSource } from './status-read.js';

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
  /** Measures imported without the status the sheet gives them (it could not be read). */
  statusLost: number;
  /** Where the statuses were read from. */
  statusFrom: Partial<Record<StatusSource, number>>;
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

type Warn = (code: SheetIssue['code'], column: string | undefined, de: string, en: string) => void;

/** The state carried from row to row: the fields so far, and the field, objective and kind above. */
interface Carry {
  readonly fields: Map<string, FieldDraft>;
  readonly hasKindColumn: boolean;
  field?: FieldDraft;
  objective?: ObjectiveDraft;
  kind?: FieldKind;
  order: number;
}

/** One row's reading helpers: its cells, the report, and values that could not be placed. */
interface RowReading {
  readonly cells: RowCells;
  readonly context: RowContext;
  readonly warn: Warn;
  /** Values that could not be placed go to the measure's extra under the column's header. */
  readonly aside: Array<[string, string]>;
  /** A text read from a column (with its translations); a too-long text is remembered, not returned. */
  text(key: ColumnKey, long?: boolean): Text | undefined;
  tooLong?: { column: string; de: string; en: string };
}

function rowReading(cells: RowCells, context: RowContext, warn: Warn): RowReading {
  const reading: RowReading = {
    cells,
    context,
    warn,
    aside: [],
    text(key, long = false) {
      const result = readValue(long ? LONG_TEXT : SHORT_TEXT, cells.main.get(key), cells.variants.get(key) ?? new Map(), context);
      if (result.ok) return result.value as Text | undefined;
      reading.tooLong ??= { column: cells.header(key), ...result.message };
      return undefined;
    },
  };
  return reading;
}

/** The field a row names (or the one above), and whether it changed. */
function readField(r: RowReading, carry: Carry): { field?: FieldDraft; changed: boolean } {
  const { cells, context, warn } = r;
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
    carry.kind = kindGiven;
  }
  const fieldTitle = r.text('field');
  const crossTitle = r.text('crossCutting');
  const named = fieldTitle ?? crossTitle;
  if (named === undefined) return { field: carry.field, changed: false };
  const key = titleKey(named, context.lang);
  const kind: FieldKind =
    fieldTitle === undefined ? 'crossCutting' : (kindGiven ?? carry.fields.get(key)?.kind ?? (carry.hasKindColumn ? carry.kind : undefined) ?? 'action');
  let field = carry.fields.get(key);
  if (!field) {
    field = { key, title: named, kind, objectives: new Map(), used: false, usedAt: 0 };
    carry.fields.set(key, field);
  } else if (kindGiven && kindGiven !== field.kind) {
    warn(
      'conflict',
      cells.header('kind'),
      `"${mainText(field.title)}" steht weiter oben mit einer anderen Art; die erste gilt.`,
      `"${mainText(field.title)}" appears above with another kind; the first one counts.`,
    );
  }
  return { field, changed: field !== carry.field };
}

/** Sets a text of a field or objective the first time; a different one later is kept aside. */
function setOnce(r: RowReading, target: FieldDraft | ObjectiveDraft, prop: 'goal' | 'goalDescription' | 'description', key: ColumnKey, long: boolean) {
  const value = r.text(key, long);
  if (value === undefined) return;
  const slot = target as unknown as Record<string, Text | undefined>;
  if (slot[prop] === undefined) slot[prop] = value;
  else if (!sameText(slot[prop], value)) {
    r.warn(
      'conflict',
      r.cells.header(key),
      'Weicht vom Eintrag weiter oben ab; der obere gilt, dieser steht bei den Zusatzangaben der Maßnahme.',
      'Differs from the entry above; the one above counts, this one is kept in the measure’s extra data.',
    );
    r.aside.push([r.cells.header(key), mainText(value)]);
  }
}

function setId(r: RowReading, target: FieldDraft | ObjectiveDraft, key: ColumnKey) {
  const raw = r.cells.text(key);
  if (!raw) return;
  const id = isValidId(raw) ? raw : sanitizeId(raw);
  if (!id) {
    r.warn('id', r.cells.header(key), `"${raw}" ist keine gültige Kennung; sie wird erzeugt.`, `"${raw}" is not a valid id; one is generated.`);
    return;
  }
  if (target.id === undefined) target.id = id;
  else if (target.id !== id) {
    r.warn(
      'conflict',
      r.cells.header(key),
      `Weiter oben steht für "${mainText(target.title)}" die Kennung "${target.id}"; sie gilt.`,
      `The id "${target.id}" is given above for "${mainText(target.title)}"; it counts.`,
    );
  }
}

/** Field, goal and objective of a row (carried down when empty); updates the carry. */
function readStructure(r: RowReading, carry: Carry): { field?: FieldDraft; objective?: ObjectiveDraft } {
  const { field, changed } = readField(r, carry);
  let objective: ObjectiveDraft | undefined = changed ? undefined : carry.objective;
  if (field) {
    setId(r, field, 'fieldId');
    setOnce(r, field, 'goal', 'goal', false);
    setOnce(r, field, 'goalDescription', 'goalDescription', true);
    setOnce(r, field, 'description', 'fieldDescription', true);
    const objectiveTitle = r.text('objective');
    if (objectiveTitle !== undefined) {
      const key = titleKey(objectiveTitle, r.context.lang);
      objective = field.objectives.get(key);
      if (!objective) {
        objective = { key, title: objectiveTitle, indicators: [], measures: [], used: false };
        field.objectives.set(key, objective);
      }
    }
    if (objective) {
      setId(r, objective, 'objectiveId');
      setOnce(r, objective, 'description', 'objectiveDescription', true);
    }
  }
  carry.field = field;
  carry.objective = objective;
  return { field, objective };
}

/** The id column of a measure row, made valid. */
function measureId(r: RowReading): string | undefined {
  const rawId = r.cells.text('id');
  if (!rawId) return undefined;
  const id = isValidId(rawId) ? rawId : sanitizeId(rawId);
  if (id !== rawId) {
    r.warn(
      'id',
      r.cells.header('id'),
      id ? `"${rawId}" ist keine gültige Kennung; übernommen als "${id}".` : `"${rawId}" ist keine gültige Kennung; sie wird erzeugt.`,
      id ? `"${rawId}" is not a valid id; imported as "${id}".` : `"${rawId}" is not a valid id; one is generated.`,
    );
  }
  return id || undefined;
}

/** The report line for a status the sheet gives but the import could not read. */
function lostStatus(
  finding: Extract<StatusFinding, { kind: 'lost' }>,
  r: RowReading,
): { code: SheetIssue['code']; de: string; en: string; remedy?: 'mapping' } {
  const allowed = r.context.scale.statuses.map((s) => s.id).join(', ');
  switch (finding.why) {
    case 'word':
      return {
        code: 'unknownStatus',
        de: `Status verloren: "${finding.raw}" ist kein Status der Statusskala (${allowed}); die Maßnahme bleibt ohne Status, der Text steht bei den Zusatzangaben (extra). Ein Wort der Statusskala in der Zelle behebt es.`,
        en: `Status lost: "${finding.raw}" is not a status of the scale (${allowed}); the measure is left without a status, the text is kept in the extra data. A word of the scale in the cell fixes it.`,
        remedy: 'mapping',
      };
    case 'colour':
      return {
        code: 'unknownColour',
        de: `Status verloren: die Füllfarbe ${finding.raw} ist keiner Stufe zugeordnet. Eine Legende im Blatt (eine Zelle in dieser Farbe neben dem Wort der Stufe) sagt, was sie bedeutet.`,
        en: `Status lost: the fill colour ${finding.raw} is not assigned to a status. A legend in the sheet (a cell in this colour next to the status word) says what it means.`,
        remedy: 'mapping',
      };
    case 'mark':
      return {
        code: 'unknownColour',
        de: `Status verloren: das Zeichen "${finding.raw}" hat keine Farbe, die eine Stufe bedeutet.`,
        en: `Status lost: the sign "${finding.raw}" has no colour that means a status.`,
      };
    case 'marks':
      return {
        code: 'conflictingMarks',
        de: `Status verloren: mehrere Spalten sind angekreuzt (${finding.raw}); welche gilt?`,
        en: `Status lost: several columns are marked (${finding.raw}); which one counts?`,
      };
  }
}

/** Reads every data row; returns the fields in the order they were first used. */
export function readMeasureRows(
  rows: readonly SheetRow[],
  columns: readonly PlannedColumn[],
  context: RowContext,
  issues: SheetIssue[],
): { fields: FieldDraft[]; counts: RowCounts } {
  const counts: RowCounts = { rows: 0, empty: 0, measures: 0, structure: 0, rejected: 0, statusLost: 0, statusFrom: {} };
  const carry: Carry = { fields: new Map(), hasKindColumn: columns.some((c) => c.role === 'column' && c.key === 'kind'), order: 0 };

  for (const row of rows) {
    counts.rows++;
    if (row.cells.every(isEmptyCell)) {
      counts.empty++;
      continue;
    }
    const where: { sheet?: string; row: number; measure?: string } = { sheet: context.sheet, row: row.number };
    const cells = new RowCells(row.cells, columns);
    const warn: Warn = (code, column, de, en) => issues.push(sheetIssue('warning', code, de, en, { ...where, ...(column !== undefined ? { column } : {}) }));
    const reject = (code: SheetIssue['code'], de: string, en: string, column?: string) => {
      counts.rejected++;
      issues.push(sheetIssue('error', code, de, en, { ...where, ...(column !== undefined ? { column } : {}) }));
    };
    const r = rowReading(cells, context, warn);
    const { field, objective } = readStructure(r, carry);
    if (r.tooLong) {
      reject('tooLong', `Zeile nicht übernommen: ${r.tooLong.de}`, `Row not imported: ${r.tooLong.en}`, r.tooLong.column);
      continue;
    }
    const use = () => {
      if (field && !field.used) {
        field.used = true;
        field.usedAt = carry.order++;
      }
      if (objective) objective.used = true;
    };

    // --- a row without a measure: it names a field or objective, or carries the objective's indicators ---
    const title = r.text('measure');
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
        if (content.length) objective!.indicators.push(...readIndicators(cells, context, warn, r.aside));
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
    where.measure = mainText(title);
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

    const status = readRowStatus(row, context.statusColumns, context.matchStatus, context.readColour);
    const built = readMeasure(cells, title, status, context, warn, r.aside);
    if (!built.ok) {
      reject('tooLong', `Zeile nicht übernommen: ${built.message.de}`, `Row not imported: ${built.message.en}`, built.column);
      continue;
    }
    if (status.kind === 'lost') {
      counts.statusLost++;
      const lost = lostStatus(status, r);
      issues.push(
        sheetIssue('error', lost.code, lost.de, lost.en, {
          ...where,
          column: context.statusColumns.status?.header ?? cells.header('status'),
          ...(lost.remedy ? { remedy: lost.remedy } : {}),
        }),
      );
    } else if (status.kind === 'found') {
      counts.statusFrom[status.source] = (counts.statusFrom[status.source] ?? 0) + 1;
    }
    const id = measureId(r);
    use();
    objective.measures.push({ row: row.number, ...(id ? { id } : {}), data: built.data });
    counts.measures++;
  }
  const fields = [...carry.fields.values()].filter((f) => f.used).sort((a, b) => a.usedAt - b.usedAt);
  return { fields, counts };
}
