/**
 * The sheets of a workbook beside the measures: "Konzept" (title, municipality, terms … as
 * Angabe/Wert), and one table per list of the export: "Statusskala", "Berichte", "Drucksachen",
 * "Beteiligung", "Leitlinien". Each is described once by its columns and read and written from
 * that description, so reading is the exact inverse of writing.
 */
import { DEFAULT_TERMS, LIMITS, type Level } from '@konzept-kit/concept-schema';
import { cellText, isEmptyCell, type Cell, type SheetRows } from './cells.js';
import { headerKey } from './columns.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import { languageColumn, withLanguage } from './languages.js';
import { FORBIDDEN_KEYS } from './layout.js';
import { BOOL, DATE, ID, LONG_TEXT, SHORT_TEXT, readValue, writeValue, type ValueContext, type ValueKind } from './values.js';

export interface FieldSpec {
  /** The header (in a table) or the label in column "Angabe" (in the Konzept sheet). */
  readonly header: string;
  /** Where the value sits in the export object, e.g. `['municipality', 'name']`. */
  readonly path: readonly string[];
  readonly kind: ValueKind;
  readonly required?: boolean;
}

const field = (header: string, path: string, kind: ValueKind, required = false): FieldSpec => ({
  header,
  path: path.split('.'),
  kind,
  required,
});

const LEVEL_ORDER: readonly Level[] = ['actionField', 'crossCuttingField', 'goal', 'objective', 'measure', 'guideline', 'lead', 'partners'];

/** The Konzept sheet: one row a value. Terms get a row for the singular and one for the plural. */
export const CONCEPT_FIELDS: readonly FieldSpec[] = [
  field('Kennung', 'id', ID),
  field('Titel', 'title', SHORT_TEXT),
  field('Version', 'version', { type: 'string', max: 32 }),
  field('Sprache', 'language', { type: 'string', max: 35 }),
  field('Kommune', 'municipality.name', SHORT_TEXT),
  field('Art der Kommune', 'municipality.kind', {
    type: 'enum',
    words: { Landkreis: 'district', Stadt: 'city', Gemeinde: 'municipality', Land: 'state', andere: 'other' },
  }),
  field('Gemeindeschlüssel', 'municipality.ags', { type: 'ags' }),
  field('Webseite der Kommune', 'municipality.url', { type: 'string', max: LIMITS.shortText }),
  field('Zusammenfassung', 'summary', LONG_TEXT),
  field('Beschlossen am', 'adopted', DATE),
  field('Beschlossen von', 'adoptedBy', SHORT_TEXT),
  field('Statusskala', 'statusScale.id', ID),
  field('Titel der Statusskala', 'statusScale.title', SHORT_TEXT),
  ...LEVEL_ORDER.flatMap((level) => [
    field(`Begriff ${DEFAULT_TERMS[level].singular.de}`, `terms.${level}.singular`, SHORT_TEXT),
    field(`Begriff ${DEFAULT_TERMS[level].plural.de} (Mehrzahl)`, `terms.${level}.plural`, SHORT_TEXT),
  ]),
  field('Beispieldaten', 'meta.illustrative', BOOL),
  field('Hinweis', 'meta.note', LONG_TEXT),
  field('Quelle', 'meta.source', SHORT_TEXT),
  field('Exportiert am', 'meta.exportedAt', { type: 'string', max: 64 }),
  field('Erzeugt mit', 'meta.generator', SHORT_TEXT),
];

/** Rows "Zusatz: Schlüssel" in the Konzept sheet carry the concept's `extra`. */
const EXTRA_PREFIX = 'Zusatz: ';

const STATUS_FIELDS: readonly FieldSpec[] = [
  field('ID', 'id', ID, true),
  field('Bezeichnung', 'label', SHORT_TEXT, true),
  field('Beschreibung', 'description', LONG_TEXT),
  field('Farbe', 'color', { type: 'string', max: 7 }),
  field('Symbol', 'icon', { type: 'string', max: 16 }),
  field('Gilt als umgesetzt', 'done', BOOL),
  /** Not a property of a status: marks the scale's `unrated` status. */
  field('Ohne Bewertung', 'unrated', BOOL),
];

const EVALUATION_FIELDS: readonly FieldSpec[] = [
  field('ID', 'id', ID, true),
  field('Datum', 'date', DATE, true),
  field('Titel', 'title', SHORT_TEXT),
  field('Drucksache', 'councilPaper', { type: 'paper' }),
];

const PAPER_FIELDS: readonly FieldSpec[] = [
  field('Nummer', 'number', { type: 'string', max: 64 }, true),
  field('Titel', 'title', SHORT_TEXT),
  field('Datum', 'date', DATE),
  field('Gremium', 'body', SHORT_TEXT),
  field('Sitzung', 'session', { type: 'enum', words: { öffentlich: 'public', 'nicht öffentlich': 'nonPublic', nichtöffentlich: 'nonPublic' } }),
  field('Link', 'url', { type: 'string', max: LIMITS.shortText }),
  field('OParl', 'oparlPaper', { type: 'string', max: LIMITS.shortText }),
];

const PARTICIPATION_FIELDS: readonly FieldSpec[] = [
  field('ID', 'id', ID, true),
  field(
    'Art',
    'kind',
    {
      type: 'enum',
      words: { Konferenz: 'conference', Workshop: 'workshop', Padlet: 'padlet', Umfrage: 'survey', Anhörung: 'hearing', Sonstiges: 'other' },
    },
    true,
  ),
  field('Titel', 'title', SHORT_TEXT, true),
  field('Datum', 'date', DATE),
  field('Bis', 'dateTo', DATE),
  field('Teilnehmende', 'participants', { type: 'int' }),
  field('Handlungsfeld (ID)', 'field', ID),
  field('Aussagen', 'statements', { type: 'lines' }),
  field('Bedarfe', 'needs', { type: 'lines' }),
  field('Drucksache', 'councilPaper', { type: 'paper' }),
];

const GUIDELINE_FIELDS: readonly FieldSpec[] = [
  field('ID', 'id', ID, true),
  field('Titel', 'title', SHORT_TEXT),
  field('Text', 'text', LONG_TEXT, true),
  field('Handlungsfeld (ID)', 'field', ID),
];

/** Integration reports (Landshut's model): one row a report; its evaluated measures are in the next sheet. */
const REPORT_FIELDS: readonly FieldSpec[] = [
  field('ID', 'id', ID, true),
  field('Titel', 'title', SHORT_TEXT, true),
  field('Datum', 'date', DATE, true),
  field('Zeitraum von', 'period.start', { type: 'string', max: 10 }),
  field('Zeitraum bis', 'period.end', { type: 'string', max: 10 }),
  field('Zeitraum', 'period.text', SHORT_TEXT),
  field('Zusammenfassung', 'summary', LONG_TEXT),
  field('Drucksache', 'councilPaper', { type: 'paper' }),
  field('Link', 'url', { type: 'string', max: LIMITS.shortText }),
];

/** The measures an integration report evaluates in words, one row each, with the report's ID. */
const REPORTED_MEASURE_FIELDS: readonly FieldSpec[] = [
  field('Bericht (ID)', 'report', ID, true),
  field('Titel', 'title', SHORT_TEXT, true),
  field('Maßnahme (ID)', 'measure', ID),
  field('Handlungsfeld (ID)', 'field', ID),
  field('Federführung', 'lead.unit', SHORT_TEXT),
  field('Kontakt', 'lead.contact', SHORT_TEXT),
  field('Webseite der Federführung', 'lead.url', { type: 'string', max: LIMITS.shortText }),
  field('Kooperationspartner', 'partners', { type: 'lines' }),
  field('Bewertung', 'assessment', LONG_TEXT, true),
  field('Nächste Schritte', 'nextSteps', LONG_TEXT),
];

/** Reports as the two sheets hold them: the reports without their measures, and the measures with the report's ID. */
export function reportsToRows(reports: readonly object[]): { reports: Json[]; measures: Json[] } {
  const list = reports as readonly Json[];
  return {
    reports: list.map(({ measures: _measures, ...report }) => report),
    measures: list.flatMap((report) => ((report.measures as Json[] | undefined) ?? []).map((m) => ({ report: report.id, ...m }))),
  };
}

/** The inverse of {@link reportsToRows}: each report gets the rows naming it, in their order. */
export function reportsFromRows(reports: readonly Json[], measures: readonly Json[]): Json[] {
  return reports.map((report) => ({
    ...report,
    measures: measures.filter((m) => m.report === report.id).map(({ report: _report, ...m }) => m),
  }));
}

/** The list sheets of a workbook, by the sheet's name. */
export const LIST_SHEETS = {
  Statusskala: STATUS_FIELDS,
  Berichte: EVALUATION_FIELDS,
  Drucksachen: PAPER_FIELDS,
  Beteiligung: PARTICIPATION_FIELDS,
  Leitlinien: GUIDELINE_FIELDS,
  Integrationsberichte: REPORT_FIELDS,
  'Bewertete Maßnahmen': REPORTED_MEASURE_FIELDS,
} as const;

export type ListSheetName = keyof typeof LIST_SHEETS;

type Json = Record<string, unknown>;

export function getPath(object: unknown, path: readonly string[]): unknown {
  let value = object;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Json)[key];
  }
  return value;
}

export function setPath(object: Json, path: readonly string[], value: unknown): void {
  let target = object;
  for (const key of path.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
    target = target[key] as Json;
  }
  target[path.at(-1)!] = value;
}

/** Languages other than `lang` used by these fields of these objects. */
function languagesOf(objects: readonly unknown[], fields: readonly FieldSpec[], lang: string): string[] {
  const found = new Set<string>();
  for (const object of objects) {
    for (const f of fields) {
      if (f.kind.type !== 'text') continue;
      for (const l of writeValue(f.kind, getPath(object, f.path), lang).variants.keys()) found.add(l);
    }
  }
  return [...found].sort();
}

/** A list as a table: a header row, then one row per object; text columns get their translations beside them. */
export function writeTable(objects: readonly unknown[], fields: readonly FieldSpec[], lang: string): Cell[][] {
  const languages = languagesOf(objects, fields, lang);
  const columns = fields.flatMap((f) => [
    { f, lang: undefined as string | undefined },
    ...(f.kind.type === 'text' ? languages.map((l) => ({ f, lang: l as string | undefined })) : []),
  ]);
  const header = columns.map((c) => (c.lang ? withLanguage(c.f.header, c.lang) : c.f.header));
  const rows = objects.map((object) =>
    columns.map(({ f, lang: l }) => {
      const written = writeValue(f.kind, getPath(object, f.path), lang);
      return l ? (written.variants.get(l) ?? null) : written.main;
    }),
  );
  return [header, ...rows];
}

interface ColumnRef {
  readonly field: FieldSpec;
  readonly lang?: string;
}

function findField(fields: readonly FieldSpec[], header: string): FieldSpec | undefined {
  const key = headerKey(header);
  return fields.find((f) => headerKey(f.header) === key);
}

/** Where each column of a header row belongs; unknown columns are reported. */
function planColumns(header: readonly Cell[], fields: readonly FieldSpec[], sheet: string, issues: SheetIssue[]): Map<number, ColumnRef> {
  const plan = new Map<number, ColumnRef>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const direct = findField(fields, text);
    if (direct) return void plan.set(index, { field: direct });
    const translated = languageColumn(text);
    const base = translated && findField(fields, translated.base);
    if (base && base.kind.type === 'text') return void plan.set(index, { field: base, lang: translated.lang });
    issues.push(
      sheetIssue('warning', 'unknownColumn', 'Unbekannte Spalte: nicht übernommen.', 'Unknown column: not imported.', { sheet, column: text, row: 1 }),
    );
  });
  return plan;
}

/** Reads the values of one record from its cells; problems are reported and the value left out. */
function readRecord(
  cells: ReadonlyMap<FieldSpec, { main: Cell; variants: Map<string, Cell> }>,
  fields: readonly FieldSpec[],
  context: ValueContext,
  where: { sheet: string; row?: number },
  issues: SheetIssue[],
): Json | undefined {
  const record: Json = {};
  for (const f of fields) {
    const given = cells.get(f);
    if (!given) continue;
    const result = readValue(f.kind, given.main, given.variants, context);
    if (!result.ok) {
      issues.push(
        sheetIssue('warning', 'value', `${result.message.de} Nicht übernommen.`, `${result.message.en} Not imported.`, { ...where, column: f.header }),
      );
      continue;
    }
    const empty = result.value === undefined || (Array.isArray(result.value) && result.value.length === 0 && f.kind.type !== 'lines');
    if (!empty) setPath(record, f.path, result.value);
  }
  const missing = fields.filter((f) => f.required && getPath(record, f.path) === undefined);
  if (missing.length) {
    const names = missing.map((f) => `"${f.header}"`).join(', ');
    issues.push(sheetIssue('error', 'value', `Zeile nicht übernommen: ${names} fehlt.`, `Row not imported: ${names} is missing.`, where));
    return undefined;
  }
  return record;
}

/** Reads a table written by `writeTable` (or by hand): one object per non-empty row. */
export function readTable(rows: SheetRows, fields: readonly FieldSpec[], context: ValueContext, sheet: string, issues: SheetIssue[]): Json[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const plan = planColumns(header, fields, sheet, issues);
  const records: Json[] = [];
  body.forEach((row, i) => {
    if (row.every(isEmptyCell)) return;
    const cells = new Map<FieldSpec, { main: Cell; variants: Map<string, Cell> }>();
    for (const [index, ref] of plan) {
      const entry = cells.get(ref.field) ?? { main: null, variants: new Map<string, Cell>() };
      if (ref.lang) entry.variants.set(ref.lang, row[index]);
      else entry.main = row[index];
      cells.set(ref.field, entry);
    }
    const record = readRecord(cells, fields, context, { sheet, row: i + 2 }, issues);
    if (record) records.push(record);
  });
  return records;
}

/** The Konzept sheet: "Angabe", "Wert", and "Wert (en)" … for translations. Only values that are set. */
export function writeKeyValue(object: unknown, fields: readonly FieldSpec[], lang: string, options: { all?: boolean } = {}): Cell[][] {
  const languages = languagesOf([object], fields, lang);
  const rows: Cell[][] = [['Angabe', 'Wert', ...languages.map((l) => withLanguage('Wert', l))]];
  for (const f of fields) {
    const value = getPath(object, f.path);
    if (value === undefined && !options.all) continue;
    const written = writeValue(f.kind, value, lang);
    rows.push([f.header, written.main, ...languages.map((l) => written.variants.get(l) ?? null)]);
  }
  const extra = getPath(object, ['extra']) as Record<string, string> | undefined;
  for (const [key, value] of Object.entries(extra ?? {})) rows.push([`${EXTRA_PREFIX}${key}`, value]);
  return rows;
}

/** Reads the Konzept sheet back into a partial concept object. */
export function readKeyValue(rows: SheetRows, fields: readonly FieldSpec[], context: ValueContext, sheet: string, issues: SheetIssue[]): Json {
  const [header = [], ...body] = rows;
  const languageAt = new Map<number, string>();
  header.forEach((cell, index) => {
    const translated = languageColumn(cellText(cell));
    if (index >= 2 && translated) languageAt.set(index, translated.lang);
  });
  const cells = new Map<FieldSpec, { main: Cell; variants: Map<string, Cell> }>();
  const extra = new Map<string, string>();
  body.forEach((row, i) => {
    const label = cellText(row[0]);
    if (!label) return;
    if (label.startsWith(EXTRA_PREFIX.trim())) {
      const key = label.slice(EXTRA_PREFIX.trim().length).trim().slice(0, 200);
      if (!key || isEmptyCell(row[1])) return;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(
          sheetIssue('warning', 'unsafeColumn', `Der Name "${key}" ist nicht erlaubt: nicht übernommen.`, `The name "${key}" is not allowed: not imported.`, {
            sheet,
            row: i + 2,
          }),
        );
        return;
      }
      extra.set(key, cellText(row[1]));
      return;
    }
    const f = findField(fields, label);
    if (!f) {
      issues.push(
        sheetIssue('warning', 'metadata', `Unbekannte Angabe "${label}": nicht übernommen.`, `Unknown entry "${label}": not imported.`, { sheet, row: i + 2 }),
      );
      return;
    }
    const variants = new Map<string, Cell>();
    for (const [index, lang] of languageAt) variants.set(lang, row[index]);
    cells.set(f, { main: row[1], variants });
  });
  const record = readRecord(cells, fields, context, { sheet }, issues) ?? {};
  if (extra.size) record.extra = Object.fromEntries(extra);
  return record;
}
