/**
 * From the spreadsheet an Ampeldokument is kept in to a concept export. Nothing is dropped
 * silently: every row becomes a measure, names a field or objective, is counted as empty, or is
 * reported as rejected with its row number and the reason; cells that fit no column of ours stay
 * with their measure under `extra`. The result is checked with `parseConcept` like any export.
 */
import {
  AMPEL_SCALE,
  parseConcept,
  type StatusScale,
  type Concept,
  type ConceptIssue,
  type Evaluation,
  type Terms,
  type Text,
} from '@konzept-kit/concept-schema';
import { textOf } from '../text.js';
import { assignIds, completeTerms } from './assemble.js';
import { cellText, isEmptyCell, type Cell, type SheetRows } from './cells.js';
import { AMBIGUOUS_HEADERS, columnForLooseHeader, headerKey, isColumnKey, COLUMN_BY_KEY, type ColumnKey } from './columns.js';
import { findSheet, readConceptSheets } from './concept-sheets.js';
import { readCsv, type TextEncodingName } from './csv.js';
import { slug } from './ids.js';
import { sheetIssue, withRemedies, type Remedies, type SheetIssue } from './issues.js';
import { noHeaderIssue, reportOmittedColumns, reportSkipped, reportStatusSources } from './import-report.js';
import { readMeasureRows, type FieldDraft } from './measure-rows.js';
import { statusMatcher, type StatusMatcher } from './status.js';
import { getPath, setPath } from './tables.js';
import { isXlsx, SpreadsheetError, type WorkbookData, type WorkbookSheet } from './workbook.js';
import { EvaluationBook, findHeaderRow, findSubHeader, planColumns, sheetScore, type PlannedColumn, type SheetLayout } from './layout.js';
import { bannerDate, colourMapOf, prepareRows, type PreparedRows } from './sheet-rows.js';
import { colourReader, type ColourReader } from './colours.js';
import { hasRowColours, type StatusColumns, type StatusSource } from './status-read.js';
import { LIST_SHEETS, reportsFromRows, type ListSheetName } from './tables.js';

type Json = Record<string, unknown>;

/** A mapping file: other names for our columns, other words for the statuses. */
export interface SheetMapping {
  /** Header in the sheet → one of our columns (`measure`, `lead` …) or `extra`. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Word in the Status column → status id of the scale. */
  readonly status?: Readonly<Record<string, string>>;
  /** Fill colour (`#92D050`) → status id: for colours the Ampel's hues do not cover, or other scales. */
  readonly colors?: Readonly<Record<string, string>>;
}

export interface SheetImportOptions {
  /** Concept metadata the sheet lacks (they win over a "Konzept" sheet). */
  readonly id?: string;
  readonly title?: string;
  readonly version?: string;
  readonly municipality?: string;
  readonly language?: string;
  /** The status scale, if not the Ampel (and not given in a "Statusskala" sheet). */
  readonly statusScale?: unknown;
  readonly mapping?: SheetMapping;
  /**
   * A concept that supplies what the sheet does not carry (metadata, status scale, evaluations,
   * council papers, participation, guidelines), e.g. the export the sheet was made from. The
   * measures always come from the sheet.
   */
  readonly base?: Concept;
  /** The worksheet with the measures (default: the one whose header names most of our columns). */
  readonly sheet?: string;
  /** Take hidden rows and columns too (default: left out, each named in the report). */
  readonly includeHidden?: boolean;
  /** Take columns whose header marks them internal ("interne Notiz", "nicht veröffentlichen") too. */
  readonly includeInternal?: boolean;
  /**
   * How the caller's surface offers the settings that fix an issue (a mapping file, another sheet,
   * the municipality's name, hidden or internal columns): one sentence each, appended to the
   * message. Default: the SDK's own sentences, naming these options. A surface that offers one not
   * at all leaves it out, so an editor is never told of a command-line option.
   */
  readonly remedies?: Remedies;
}

export interface ImportSummary {
  /** Rows below the header row. */
  readonly rows: number;
  /** Of them: empty rows, skipped. */
  readonly empty: number;
  /** Rows that became a measure. */
  readonly measures: number;
  /** Rows that only name a field, goal or objective (or carry an objective's indicators). */
  readonly structure: number;
  /** Rows not imported; each has an issue with its row number and the reason. */
  readonly rejected: number;
  readonly warnings: number;
  /** Rows set aside as no measure (legend, summary, note, heading, hidden), each named in the issues. */
  readonly skipped?: number;
  /** Measures imported without the status the sheet gives them: each has an error issue. */
  readonly statusLost?: number;
  /** Where the statuses were read from: text, symbol, fill, flag (a column per status), row (colour). */
  readonly statusFrom?: Readonly<Partial<Record<StatusSource, number>>>;
}

export interface SheetImportResult {
  /** The concept, if one could be built and passes `parseConcept`. */
  readonly concept?: Concept;
  readonly issues: readonly SheetIssue[];
  readonly summary: ImportSummary;
  /** How the measure sheet was understood: header row and the meaning of each column. */
  readonly layout?: SheetLayout & { readonly sheet?: string };
  /**
   * Measures without an id in the sheet: theirs is made from their position, which shifts when a row
   * is inserted, and the version comparison then pairs the wrong measures. `firstRow` as Excel numbers it.
   */
  readonly positionIds?: { readonly count: number; readonly firstRow: number };
  /** For CSV: the encoding and separator found. */
  readonly csv?: { readonly encoding: TextEncodingName; readonly delimiter: string };
}

/** Text (CSV) has no NUL bytes and few control characters in its first kilobytes; a PDF or an image does. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= head.length / 50;
}

/** As many measures as an export may list (LIMITS.listItems), plus a header. */
const MAX_ROWS = 100_001;

const EMPTY_SUMMARY: ImportSummary = { rows: 0, empty: 0, measures: 0, structure: 0, rejected: 0, warnings: 0, skipped: 0, statusLost: 0, statusFrom: {} };

function failed(issues: SheetIssue[], summary: ImportSummary = EMPTY_SUMMARY): SheetImportResult {
  return { issues, summary: { ...summary, warnings: issues.filter((i) => i.severity === 'warning').length } };
}

/** The mapping file's columns, folded, with unknown targets reported. */
function mappingColumns(mapping: SheetMapping | undefined, issues: SheetIssue[]): Map<string, ColumnKey | 'extra'> {
  const result = new Map<string, ColumnKey | 'extra'>();
  for (const [header, target] of Object.entries(mapping?.columns ?? {})) {
    if (target === 'extra' || isColumnKey(target)) result.set(headerKey(header), target);
    else {
      const allowed = [...COLUMN_BY_KEY.keys(), 'extra'].join(', ');
      issues.push(
        sheetIssue(
          'error',
          'mapping',
          `Zuordnung "${header}" → "${target}": "${target}" ist keine Spalte (möglich: ${allowed}).`,
          `Mapping "${header}" → "${target}": "${target}" is not a column (use one of: ${allowed}).`,
        ),
      );
    }
  }
  return result;
}

function conceptIssueToSheet(problem: ConceptIssue): SheetIssue {
  return sheetIssue('error', 'invalid', `${problem.at}: ${problem.message.de}`, `${problem.at}: ${problem.message.en}`);
}

/**
 * Imports the rows of one sheet (CSV, or one worksheet), with concept metadata from `options`.
 * `workbook` supplies the other sheets of an .xlsx (Konzept, Statusskala, Berichte …) when there
 * are any, and the look of the named sheet (colours, merged cells, hidden rows and columns).
 */
function rowsImport(rows: SheetRows, options: SheetImportOptions, workbook?: WorkbookData, sheetName?: string): SheetImportResult {
  const own = sheetName !== undefined ? workbook?.sheets.find((s) => s.name === sheetName && s.rows === rows) : undefined;
  const sheet: WorkbookSheet = own ?? { name: sheetName ?? '', rows: rows as Cell[][] };
  return importSheetData(sheet, options, workbook, sheetName !== undefined);
}

/**
 * A sheet without a status column whose "Stand", "Sachstand" or own column holds status words
 * ("umgesetzt", "in Umsetzung") in most rows: that column is the status (said so in the report).
 */
function statusByContent(planned: PlannedColumn[], prepared: PreparedRows, matchStatus: StatusMatcher, issues: SheetIssue[], sheet: string | undefined) {
  if (planned.some((c) => (c.role === 'column' && c.key === 'status') || c.role === 'flag')) return;
  const candidates = planned.filter((c) => (c.role === 'column' && (c.key === 'statusDate' || c.key === 'statusNote') && !c.lang) || c.role === 'extra');
  for (const column of candidates) {
    const texts = prepared.rows.map((row) => cellText(row.cells[column.index])).filter(Boolean);
    const words = texts.filter((t) => matchStatus(t) !== undefined).length;
    if (texts.length < 2 || words / texts.length < 0.6) continue;
    planned[planned.indexOf(column)] = { role: 'column', index: column.index, header: column.header, key: 'status' };
    issues.push(
      sheetIssue(
        'info',
        'statusSource',
        `Die Spalte enthält Statuswörter (${words} von ${texts.length} Zeilen): sie wird als Status gelesen.`,
        `The column holds status words (${words} of ${texts.length} rows): it is read as the status.`,
        { sheet, column: column.header },
      ),
    );
    return;
  }
}

/** The header row and, below it, a row naming a status per column; undefined when none is found. */
function locateHeader(sheet: WorkbookSheet, mapping: Map<string, ColumnKey | 'extra'>, matchStatus: StatusMatcher) {
  const headerIndex = findHeaderRow(sheet.rows, mapping, 40, matchStatus);
  if (headerIndex === undefined) return undefined;
  const subHeader = findSubHeader(sheet.rows, headerIndex, matchStatus);
  return { headerIndex, subHeader, firstData: (subHeader ?? headerIndex) + 1 };
}

interface LayoutInput {
  readonly sheet: WorkbookSheet;
  readonly workbook: WorkbookData | undefined;
  readonly named: boolean;
  readonly sheetName: string | undefined;
  readonly options: SheetImportOptions;
  readonly mapping: Map<string, ColumnKey | 'extra'>;
  readonly lang: string;
  readonly evaluations: EvaluationBook;
  readonly matchStatus: StatusMatcher;
  /** One sheet per field of action: the sheet's name is the field of its rows. */
  readonly fieldFromSheet?: boolean;
}

/** The header row, the meaning of each column, and the rows made ready (merges resolved, legends and summaries set aside). */
function readLayout(input: LayoutInput, issues: SheetIssue[]): { headerIndex: number; planned: PlannedColumn[]; prepared: PreparedRows } | undefined {
  const { sheet, workbook, named, sheetName, options, mapping, lang, evaluations, matchStatus, fieldFromSheet } = input;
  const rows = sheet.rows;
  if (rows.length > MAX_ROWS) {
    issues.push(
      sheetIssue(
        'error',
        'tooLarge',
        `Die Tabelle hat ${rows.length.toLocaleString('de-DE')} Zeilen; gelesen werden höchstens ${MAX_ROWS.toLocaleString('de-DE')}.`,
        `The sheet has ${rows.length.toLocaleString('en-GB')} rows; at most ${MAX_ROWS.toLocaleString('en-GB')} are read.`,
        { sheet: sheetName },
      ),
    );
    return undefined;
  }
  const located = locateHeader(sheet, mapping, matchStatus);
  if (!located) {
    issues.push(noHeaderIssue(sheet, workbook, named));
    return undefined;
  }
  const { headerIndex, subHeader, firstData } = located;
  const columns = planColumns(
    rows,
    headerIndex,
    {
      mapping,
      lang,
      evaluations,
      sheet: sheetName,
      matchStatus,
      ...(subHeader !== undefined ? { subHeader } : {}),
      hiddenColumns: new Set(sheet.look?.hiddenColumns ?? []),
      includeHidden: options.includeHidden === true,
      includeInternal: options.includeInternal === true,
    },
    issues,
  );
  reportOmittedColumns(columns, issues, sheetName, headerIndex + 1);

  // The rows: merged cells resolved, legends, summaries, notes and headings set aside.
  const width = Math.max(0, ...rows.map((r) => r.length), ...columns.map((c) => c.index + 1));
  const headingColumns = { field: width, crossCutting: width + 1, objective: width + 2 };
  const prepared = prepareRows(rows, { firstData, columns, look: sheet.look, includeHidden: options.includeHidden === true, matchStatus, headingColumns });
  const planned: PlannedColumn[] = [...columns];
  const virtual = (key: ColumnKey, index: number, header: string) => planned.push({ role: 'column', index, header, key });
  if (prepared.headings.some((h) => h.level === 'field' && !h.crossCutting)) virtual('field', headingColumns.field, 'Handlungsfeld (Zwischenüberschrift)');
  if (prepared.headings.some((h) => h.level === 'field' && h.crossCutting))
    virtual('crossCutting', headingColumns.crossCutting, 'Querschnittsthema (Zwischenüberschrift)');
  if (prepared.headings.some((h) => h.level === 'objective')) virtual('objective', headingColumns.objective, 'Unterziel (Zwischenüberschrift)');
  if (fieldFromSheet && !planned.some((c) => c.role === 'column' && (c.key === 'field' || c.key === 'crossCutting'))) {
    // The sheet's name is the field: written into the first row, carried down like a field cell.
    virtual('field', headingColumns.field, `Handlungsfeld (Blatt "${sheet.name}")`);
    const first = prepared.rows[0];
    if (first) {
      const cells = [...first.cells];
      cells[headingColumns.field] = sheet.name;
      prepared.rows[0] = { ...first, cells };
    }
  }
  const lastData = Math.max(prepared.rows.at(-1)?.number ?? firstData, ...prepared.skipped.filter((s) => s.reason !== 'blank').map((s) => s.row));
  reportSkipped(prepared, issues, sheetName, lastData);

  const has = (key: ColumnKey) => planned.some((c) => c.role === 'column' && c.key === key && !c.lang);
  const missing = [has('field') || has('crossCutting') ? undefined : 'Handlungsfeld', has('objective') ? undefined : 'Unterziel'].filter(Boolean);
  if (missing.length) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    issues.push(
      sheetIssue(
        'error',
        'missingColumn',
        `Die Spalte ${names} fehlt in Zeile ${headerIndex + 1}, und keine Zwischenüberschrift nennt sie. Jede Maßnahme gehört zu einem Handlungsfeld und einem Unterziel (auch "Ziel" oder "Teilziel"); heißt die Spalte anders, hilft eine Überschrift wie oben.`,
        `The column ${names} is missing in row ${headerIndex + 1}, and no heading names it. Every measure belongs to a field and an objective (also "Ziel" or "Teilziel"); if the column has another name, a header as above helps.`,
        { sheet: sheetName, row: headerIndex + 1, remedy: 'mapping' },
      ),
    );
    return undefined;
  }
  return { headerIndex, planned, prepared };
}

/** Where the statuses come from (a column, marks, colours, the row), what colours mean, and the date a title row gives. */
function statusSources(
  rows: SheetRows,
  headerIndex: number,
  planned: PlannedColumn[],
  prepared: PreparedRows,
  input: { scale: StatusScale; matchStatus: StatusMatcher; options: SheetImportOptions; sheetName: string | undefined },
  issues: SheetIssue[],
): { statusColumns: StatusColumns; readColour: ColourReader; defaultDate?: string } {
  const { scale, matchStatus, options, sheetName } = input;
  const has = (key: ColumnKey) => planned.some((c) => c.role === 'column' && c.key === key && !c.lang);
  // What colours mean: the mapping file, then the sheet's legend, then the Ampel's hues.
  statusByContent(planned, prepared, matchStatus, issues, sheetName);
  const statusColumn = planned.find((c) => c.role === 'column' && c.key === 'status' && !c.lang);
  const flags = planned.flatMap((c) => (c.role === 'flag' ? [{ index: c.index, header: c.header, status: c.status }] : []));
  const measureIndex = planned.find((c) => c.role === 'column' && c.key === 'measure' && !c.lang)?.index;
  const statusTexts = statusColumn ? prepared.rows.filter((row) => !isEmptyCell(row.cells[statusColumn.index])).length : 0;
  const readColour = colourReader(scale, colourMapOf(prepared.legend, options.mapping?.colors));
  const statusColumns: StatusColumns = {
    ...(statusColumn ? { status: { index: statusColumn.index, header: statusColumn.header } } : {}),
    flags,
    ...(measureIndex !== undefined ? { measureIndex } : {}),
    rowColours: false,
  };
  const rowColours = !flags.length && statusTexts === 0 && hasRowColours(prepared.rows, { ...statusColumns, rowColours: true }, readColour);
  const banner = bannerDate(rows, headerIndex);
  if (banner && !has('statusDate')) {
    issues.push(
      sheetIssue(
        'info',
        'defaultDate',
        `Stand der Bewertung aus der Titelzeile: ${banner.date} (gilt für jeden Status).`,
        `Evaluation date from the title row: ${banner.date} (applies to every status).`,
        { sheet: sheetName, row: banner.row },
      ),
    );
  }

  return {
    readColour,
    statusColumns: { ...statusColumns, rowColours },
    ...(banner && !has('statusDate') ? { defaultDate: banner.date } : {}),
  };
}

interface ConceptInput {
  readonly meta: Json;
  readonly terms: Terms | undefined;
  readonly lists: Record<ListSheetName, Json[]>;
  readonly lang: string;
  readonly scale: StatusScale;
  readonly evaluations: EvaluationBook;
  readonly fields: Json[];
  readonly options: SheetImportOptions;
  readonly sheetName: string | undefined;
}

/** The concept: options win over the Konzept sheet, which wins over the base concept and defaults. Checked with `parseConcept`. */
function assembleConcept(given: ConceptInput, issues: SheetIssue[]): Concept | undefined {
  const { meta, terms, lists, lang, scale, evaluations, fields, options, sheetName } = given;
  const input: Json = { formatVersion: 1, ...meta };
  delete input.statusScale;
  if (terms) input.terms = terms;
  const municipality = options.municipality ?? (getPath(meta, ['municipality', 'name']) as Text | undefined);
  if (municipality === undefined) {
    issues.push(
      sheetIssue(
        'error',
        'metadata',
        'Der Name der Kommune fehlt: er gehört ins Blatt "Konzept" (Angabe "Kommune").',
        'The name of the municipality is missing: it belongs in sheet "Konzept" (entry "Kommune").',
        { remedy: 'municipality' },
      ),
    );
    return undefined;
  }
  setPath(input, ['municipality', 'name'], municipality);
  const name = textOf(municipality, lang, lang);
  input.title = options.title ?? meta.title ?? `Integrationskonzept ${name}`;
  input.version = options.version ?? meta.version ?? '1.0';
  input.id = options.id ?? meta.id ?? (slug(`${name} integrationskonzept`, 60) || 'integrationskonzept');
  input.language = lang;
  input.statusScale = scale;
  if (lists.Drucksachen.length) input.councilPapers = lists.Drucksachen;
  if (evaluations.list.length) input.evaluations = [...evaluations.list];
  if (lists.Beteiligung.length) input.participation = lists.Beteiligung;
  if (lists.Leitlinien.length) input.guidelines = lists.Leitlinien;
  if (lists.Integrationsberichte.length) input.integrationReports = reportsFromRows(lists.Integrationsberichte, lists['Bewertete Maßnahmen']);
  input.fields = fields;
  for (const added of evaluations.added) {
    issues.push(
      sheetIssue(
        'warning',
        'metadata',
        `Bericht "${added.id}" vom ${added.date} angelegt (aus einer Spaltenüberschrift oder der Spalte "Bericht").`,
        `Evaluation "${added.id}" of ${added.date} created (from a column header or the column "Bericht").`,
        { sheet: sheetName },
      ),
    );
  }

  const parsed = parseConcept(input);
  if (!parsed.success) {
    issues.push(...parsed.issues.map(conceptIssueToSheet));
    return undefined;
  }
  return parsed.concept;
}

/** Rows with something in a hidden status column: statuses lost by leaving the column out. */
function hiddenStatuses(planned: readonly PlannedColumn[], prepared: PreparedRows, sheet: WorkbookSheet): number {
  const hidden = planned.filter((c) => c.role === 'omitted' && c.status).map((c) => c.index);
  if (!hidden.length) return 0;
  return prepared.rows.filter((row) => hidden.some((i) => !isEmptyCell(sheet.rows[row.number - 1]?.[i]) || row.fills[i] !== undefined)).length;
}

/**
 * The heart of the import: the measure sheet with its look, the workbook around it. Several sheets
 * with the same kind of table and no field column are one sheet per field: each sheet's name is
 * the field of its rows, and every report line names its own sheet and row.
 */
function importSheetData(
  sheet: WorkbookSheet | readonly WorkbookSheet[],
  options: SheetImportOptions,
  workbook: WorkbookData | undefined,
  named: boolean,
): SheetImportResult {
  const issues: SheetIssue[] = [];
  const measureSheets = Array.isArray(sheet) ? (sheet as readonly WorkbookSheet[]) : [sheet as WorkbookSheet];
  const mapping = mappingColumns(options.mapping, issues);
  if (issues.length) return failed(issues);

  // 1. What the other sheets of a workbook (or the base concept) say about the concept.
  const sheets = readConceptSheets(workbook, options, issues);
  if (!sheets) return failed(issues);
  const { lang, meta, lists, context, scale } = sheets;
  const matchStatus = statusMatcher(scale, options.mapping?.status);
  const evaluations = new EvaluationBook(lists.Berichte as unknown as Evaluation[]);
  const terms = completeTerms(meta.terms as Json | undefined) as Terms | undefined;
  const participation = new Set(lists.Beteiligung.map((p) => p.id as string));

  const drafts: FieldDraft[] = [];
  const total = { rows: 0, empty: 0, measures: 0, structure: 0, rejected: 0, skipped: 0, statusLost: 0 };
  const statusFrom: Partial<Record<StatusSource, number>> = {};
  let first: { headerRow: number; columns: PlannedColumn[]; sheet?: string } | undefined;
  for (const one of measureSheets) {
    const sheetName = named || workbook ? one.name : undefined;
    // 2. The sheet's header, columns and rows.
    const layout = readLayout(
      { sheet: one, workbook, named, sheetName, options, mapping, lang, evaluations, matchStatus, fieldFromSheet: measureSheets.length > 1 },
      issues,
    );
    if (!layout) return failed(issues);
    const { headerIndex, planned, prepared } = layout;
    first ??= { headerRow: headerIndex + 1, columns: planned, ...(sheetName !== undefined ? { sheet: sheetName } : {}) };

    // 3. Where statuses come from, then the rows.
    const sources = statusSources(one.rows, headerIndex, planned, prepared, { scale, matchStatus, options, sheetName }, issues);
    const { fields, counts } = readMeasureRows(
      prepared.rows,
      planned,
      { ...context, sheet: sheetName, scale, matchStatus, evaluations, participation, terms, ...sources },
      issues,
    );
    reportStatusSources(counts.statusFrom, issues, sheetName);
    drafts.push(...fields);
    total.rows += counts.rows + prepared.skipped.length;
    total.empty += counts.empty + prepared.skipped.filter((s) => s.reason === 'blank').length;
    total.measures += counts.measures;
    total.structure += counts.structure;
    total.rejected += counts.rejected;
    total.skipped += prepared.skipped.filter((s) => s.reason !== 'blank').length;
    total.statusLost += counts.statusLost + hiddenStatuses(planned, prepared, one);
    for (const [source, n] of Object.entries(counts.statusFrom) as Array<[StatusSource, number]>) statusFrom[source] = (statusFrom[source] ?? 0) + n;
  }
  const sheetName = first?.sheet;
  const fields = assignIds(drafts, issues, sheetName);
  const withoutId = drafts.flatMap((f) => [...f.objectives.values()].filter((o) => o.used).flatMap((o) => o.measures)).filter((m) => m.id === undefined);

  // 4. The concept.
  const concept = assembleConcept({ meta, terms, lists, lang, scale, evaluations, fields, options, sheetName }, issues);
  return {
    ...(concept ? { concept } : {}),
    issues,
    summary: { ...total, warnings: issues.filter((i) => i.severity === 'warning').length, statusFrom },
    ...(first ? { layout: first } : {}),
    ...(concept && withoutId.length ? { positionIds: { count: withoutId.length, firstRow: withoutId[0]!.row } } : {}),
  };
}

/**
 * Visible sheets that are one table each without a field column (the field is the sheet's name):
 * two or more with the same columns, none naming a field. Undefined otherwise.
 */
function sheetPerField(
  candidates: readonly WorkbookSheet[],
  mapping: Map<string, ColumnKey | 'extra'>,
  matchStatus: StatusMatcher,
): WorkbookSheet[] | undefined {
  const visible = candidates.filter((s) => !s.hidden && !Object.hasOwn(LIST_SHEETS, s.name));
  if (visible.length < 2) return undefined;
  const keysOf = (sheet: WorkbookSheet) => {
    const index = findHeaderRow(sheet.rows, mapping, 40, matchStatus);
    const row = index === undefined ? [] : sheet.rows[index]!;
    return row
      .map((cell) => columnForLooseHeader(cellText(cell), mapping) ?? (AMBIGUOUS_HEADERS.has(headerKey(cellText(cell))) ? 'objective' : undefined))
      .filter((k): k is ColumnKey => k !== undefined && k !== 'extra')
      .sort()
      .join(',');
  };
  const first = keysOf(visible[0]!);
  if (/(^|,)(field|crossCutting)(,|$)/.test(first)) return undefined;
  const same = visible.filter((s) => keysOf(s) === first);
  return same.length >= 2 ? same : undefined;
}

/** Imports a workbook: the measure sheet (named in the options, or the first with a "Maßnahme" column) and the sheets beside it. */
function workbookImport(workbook: WorkbookData, options: SheetImportOptions): SheetImportResult {
  const issues: SheetIssue[] = [];
  const mapping = mappingColumns(options.mapping, issues);
  if (issues.length) return failed(issues);
  const sheet = options.sheet !== undefined ? findSheet(workbook, options.sheet) : undefined;
  if (options.sheet !== undefined && !sheet) {
    const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
    return failed([
      sheetIssue('error', 'noHeader', `Kein Blatt "${options.sheet}" (vorhanden: ${names}).`, `No sheet "${options.sheet}" (there are: ${names}).`),
    ]);
  }
  if (sheet) return importSheetData(sheet, options, workbook, true);
  if (!workbook.sheets.length) return failed([sheetIssue('error', 'unreadable', 'Die Arbeitsmappe hat kein Blatt.', 'The workbook has no sheet.')]);
  // The measure sheet is the one whose header names most of our columns (a cover sheet's contents list names one at most).
  const matchStatus = statusMatcher((options.base?.statusScale ?? AMPEL_SCALE) as StatusScale, options.mapping?.status);
  const scored = workbook.sheets
    .map((s, i) => ({ sheet: s, i, score: sheetScore(s.rows, mapping, matchStatus) }))
    .filter((s) => s.score > 0)
    // A visible sheet before a hidden one (an old year kept out of sight), then the best header.
    .sort((a, b) => Number(a.sheet.hidden === true) - Number(b.sheet.hidden === true) || b.score - a.score || a.i - b.i);
  const chosen = scored[0]?.sheet;
  if (!chosen) {
    const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0]!;
    return failed([noHeaderIssue(first, workbook, false)]);
  }
  const perField = sheetPerField(
    scored.map((s) => s.sheet),
    mapping,
    matchStatus,
  );
  if (perField) {
    const result = importSheetData(perField, options, workbook, true);
    const names = perField.map((s) => `"${s.name}"`).join(', ');
    const choice = sheetIssue(
      'info',
      'sheetChoice',
      `Ein Blatt je Handlungsfeld: ${names}. Der Name des Blatts ist das Handlungsfeld seiner Zeilen.`,
      `One sheet per field of action: ${names}. A sheet's name is the field of its rows.`,
      { sheet: perField[0]!.name },
    );
    return { ...result, issues: [choice, ...result.issues] };
  }
  const result = importSheetData(chosen, options, workbook, true);
  const others = scored.slice(1).map((s) => `"${s.sheet.name}"`);
  const skippedSheets = workbook.sheets.filter((s) => s !== chosen && !Object.hasOwn(LIST_SHEETS, s.name) && s.name !== 'Konzept' && s.name !== 'Anleitung');
  if (skippedSheets.length) {
    const names = skippedSheets.map((s) => `"${s.name}"`).join(', ');
    const also = others.length ? ` Wie eine Maßnahmenliste sehen auch aus: ${others.join(', ')}.` : '';
    const alsoEn = others.length ? ` These look like a list of measures too: ${others.join(', ')}.` : '';
    const choice = sheetIssue(
      others.length ? 'warning' : 'info',
      'sheetChoice',
      `Maßnahmen aus Blatt "${chosen.name}" gelesen; nicht gelesen: ${names}.${also}`,
      `Measures read from sheet "${chosen.name}"; not read: ${names}.${alsoEn}`,
      { sheet: chosen.name, remedy: 'sheet' },
    );
    return { ...result, issues: [choice, ...result.issues], summary: { ...result.summary, warnings: result.summary.warnings + (others.length ? 1 : 0) } };
  }
  return result;
}

/** `importSheet` before the surface's remedies are added. */
async function sheetImport(input: Uint8Array | SheetRows | WorkbookData, options: SheetImportOptions): Promise<SheetImportResult> {
  if (!(input instanceof Uint8Array)) {
    return 'sheets' in input ? workbookImport(input as WorkbookData, options) : rowsImport(input as SheetRows, options);
  }
  if (input[0] === 0xd0 && input[1] === 0xcf && input[2] === 0x11 && input[3] === 0xe0) {
    return failed([
      sheetIssue(
        'error',
        'unreadable',
        'Das ist eine Excel-Datei im alten Format (.xls). Bitte in Excel als "Excel-Arbeitsmappe (.xlsx)" speichern.',
        'This is an Excel file in the old format (.xls). Please save it in Excel as "Excel Workbook (.xlsx)".',
      ),
    ]);
  }
  if (isXlsx(input)) {
    try {
      // The readers load on first use: a page that only reads CSV never downloads them.
      const { readWorkbook } = await import('./read.js');
      return workbookImport(await readWorkbook(input), options);
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      return failed([sheetIssue('error', error.code, error.text.de, error.text.en)]);
    }
  }
  if (!looksLikeText(input)) {
    return failed([
      sheetIssue(
        'error',
        'unreadable',
        'Die Datei ist keine Tabelle, die der Import lesen kann (keine Excel-Arbeitsmappe .xlsx, keine LibreOffice-Tabelle .ods, keine CSV-Datei). Bitte in Excel oder LibreOffice als .xlsx speichern.',
        'The file is no spreadsheet the import can read (no Excel workbook .xlsx, no LibreOffice spreadsheet .ods, no CSV file). Please save it as .xlsx in Excel or LibreOffice.',
      ),
    ]);
  }
  const csv = readCsv(input);
  return { ...rowsImport(csv.rows, options), csv: { encoding: csv.encoding, delimiter: csv.delimiter } };
}

const remedied = (result: SheetImportResult, options: SheetImportOptions): SheetImportResult => ({
  ...result,
  issues: withRemedies(result.issues, options.remedies),
});

/** Imports rows already read (one sheet). */
export function importRows(rows: SheetRows, options: SheetImportOptions = {}): SheetImportResult {
  return remedied(rowsImport(rows, options), options);
}

/** Imports a workbook already read: the measure sheet is found by its header. */
export function importWorkbook(workbook: WorkbookData, options: SheetImportOptions = {}): SheetImportResult {
  return remedied(workbookImport(workbook, options), options);
}

/**
 * Imports the bytes of an .xlsx workbook or a CSV file (told apart by their first bytes), or rows
 * already read. For CSV the encoding (UTF-8, with or without BOM, or Windows-1252) and the
 * separator (semicolon, comma or tab) are detected.
 */
export async function importSheet(input: Uint8Array | SheetRows | WorkbookData, options: SheetImportOptions = {}): Promise<SheetImportResult> {
  return remedied(await sheetImport(input, options), options);
}
