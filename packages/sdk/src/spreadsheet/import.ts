/**
 * From the spreadsheet an Ampeldokument is kept in to a concept export. Nothing is dropped
 * silently: every row becomes a measure, names a field or objective, is counted as empty, or is
 * reported as rejected with its row number and the reason; cells that fit no column of ours stay
 * with their measure under `extra`. The result is checked with `parseConcept` like any export.
 */
import { parseConcept, type Concept, type ConceptIssue, type Evaluation, type Terms, type Text } from '@konzept-kit/concept-schema';
import { textOf } from '../text.js';
import { assignIds, completeTerms } from './assemble.js';
import { cellText, type SheetRows } from './cells.js';
import { headerKey, isColumnKey, COLUMN_BY_KEY, type ColumnKey } from './columns.js';
import { findSheet, readConceptSheets } from './concept-sheets.js';
import { readCsv, type TextEncodingName } from './csv.js';
import { slug } from './ids.js';
import { sheetIssue, type SheetIssue } from './issues.js';
import { EvaluationBook, findHeaderRow, planColumns, type SheetLayout } from './layout.js';
import { readMeasureRows } from './measure-rows.js';
import { statusMatcher } from './status.js';
import { getPath, setPath } from './tables.js';
import { isXlsx, readXlsx, SpreadsheetError, type WorkbookData } from './xlsx-read.js';

type Json = Record<string, unknown>;

/** A mapping file: other names for our columns, other words for the statuses. */
export interface SheetMapping {
  /** Header in the sheet → one of our columns (`measure`, `lead` …) or `extra`. */
  readonly columns?: Readonly<Record<string, string>>;
  /** Word in the Status column → status id of the scale. */
  readonly status?: Readonly<Record<string, string>>;
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
  /** The worksheet with the measures (default: the first one with a "Maßnahme" column). */
  readonly sheet?: string;
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

/** As many measures as an export may list (LIMITS.listItems), plus a header. */
const MAX_ROWS = 100_001;

const EMPTY_SUMMARY: ImportSummary = { rows: 0, empty: 0, measures: 0, structure: 0, rejected: 0, warnings: 0 };

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
 * `workbook` supplies the other sheets of an .xlsx (Konzept, Statusskala, Berichte …) when there are any.
 */
export function importRows(rows: SheetRows, options: SheetImportOptions = {}, workbook?: WorkbookData, sheetName?: string): SheetImportResult {
  const issues: SheetIssue[] = [];
  const mapping = mappingColumns(options.mapping, issues);
  if (issues.length) return failed(issues);

  // 1. What the other sheets of a workbook (or the base concept) say about the concept.
  const sheets = readConceptSheets(workbook, options, issues);
  if (!sheets) return failed(issues);
  const { lang, meta, lists, context, scale } = sheets;

  // 2. The measure sheet's header and columns.
  if (rows.length > MAX_ROWS) {
    return failed([
      sheetIssue(
        'error',
        'tooLarge',
        `Die Tabelle hat ${rows.length.toLocaleString('de-DE')} Zeilen; gelesen werden höchstens ${MAX_ROWS.toLocaleString('de-DE')}.`,
        `The sheet has ${rows.length.toLocaleString('en-GB')} rows; at most ${MAX_ROWS.toLocaleString('en-GB')} are read.`,
        { sheet: sheetName },
      ),
    ]);
  }
  const headerIndex = findHeaderRow(rows, mapping);
  if (headerIndex === undefined) {
    const seen = (rows[0] ?? []).map(cellText).filter(Boolean).slice(0, 12).join(', ');
    issues.push(
      sheetIssue(
        'error',
        'noHeader',
        `Keine Kopfzeile mit einer Spalte "Maßnahme" gefunden (erste Zeile: ${seen || 'leer'}). Heißt die Spalte anders, hilft eine Zuordnungsdatei (--mapping).`,
        `No header row with a column "Maßnahme" found (first row: ${seen || 'empty'}). If the column has another name, a mapping file helps (--mapping).`,
        { sheet: sheetName },
      ),
    );
    return failed(issues);
  }
  const evaluations = new EvaluationBook(lists.Berichte as unknown as Evaluation[]);
  const columns = planColumns(rows, headerIndex, { mapping, lang, evaluations, sheet: sheetName }, issues);
  const has = (key: ColumnKey) => columns.some((c) => c.role === 'column' && c.key === key && !c.lang);
  const missing = [has('field') || has('crossCutting') ? undefined : 'Handlungsfeld', has('objective') ? undefined : 'Unterziel'].filter(Boolean);
  if (missing.length) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    issues.push(
      sheetIssue(
        'error',
        'missingColumn',
        `Die Spalte ${names} fehlt in Zeile ${headerIndex + 1}. Jede Maßnahme gehört zu einem Handlungsfeld und einem Unterziel.`,
        `The column ${names} is missing in row ${headerIndex + 1}. Every measure belongs to a field and an objective.`,
        { sheet: sheetName, row: headerIndex + 1 },
      ),
    );
    return failed(issues);
  }

  // 3. The rows.
  const terms = completeTerms(meta.terms as Json | undefined) as Terms | undefined;
  const participation = new Set(lists.Beteiligung.map((p) => p.id as string));
  const { fields: drafts, counts } = readMeasureRows(
    rows,
    headerIndex,
    columns,
    {
      ...context,
      sheet: sheetName,
      scale,
      matchStatus: statusMatcher(scale, options.mapping?.status),
      evaluations,
      participation,
      terms,
    },
    issues,
  );
  const fields = assignIds(drafts, issues, sheetName);
  const withoutId = drafts.flatMap((f) => [...f.objectives.values()].filter((o) => o.used).flatMap((o) => o.measures)).filter((m) => m.id === undefined);

  const layout = { headerRow: headerIndex + 1, columns, ...(sheetName !== undefined ? { sheet: sheetName } : {}) };
  const summaryOf = (): ImportSummary => ({ ...counts, warnings: issues.filter((i) => i.severity === 'warning').length });

  // 4. The concept: options win over the Konzept sheet, which wins over the base concept and defaults.
  const input: Json = { formatVersion: 1, ...meta };
  delete input.statusScale;
  if (terms) input.terms = terms;
  const municipality = options.municipality ?? (getPath(meta, ['municipality', 'name']) as Text | undefined);
  if (municipality === undefined) {
    issues.push(
      sheetIssue(
        'error',
        'metadata',
        'Der Name der Kommune fehlt: im Blatt "Konzept" (Angabe "Kommune") oder als Option (--municipality).',
        'The name of the municipality is missing: in sheet "Konzept" (entry "Kommune") or as an option (--municipality).',
      ),
    );
    return { issues, summary: summaryOf(), layout };
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
    return { issues, summary: summaryOf(), layout };
  }
  const positionIds = withoutId.length ? { count: withoutId.length, firstRow: withoutId[0]!.row } : undefined;
  return { concept: parsed.concept, issues, summary: summaryOf(), layout, ...(positionIds ? { positionIds } : {}) };
}

/** Imports a workbook: the measure sheet (named in the options, or the first with a "Maßnahme" column) and the sheets beside it. */
export function importWorkbook(workbook: WorkbookData, options: SheetImportOptions = {}): SheetImportResult {
  const issues: SheetIssue[] = [];
  const mapping = mappingColumns(options.mapping, issues);
  if (issues.length) return failed(issues);
  let sheet = options.sheet !== undefined ? findSheet(workbook, options.sheet) : undefined;
  if (options.sheet !== undefined && !sheet) {
    const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
    return failed([
      sheetIssue('error', 'noHeader', `Kein Blatt "${options.sheet}" (vorhanden: ${names}).`, `No sheet "${options.sheet}" (there are: ${names}).`),
    ]);
  }
  sheet ??= workbook.sheets.find((s) => findHeaderRow(s.rows, mapping) !== undefined) ?? workbook.sheets[0];
  if (!sheet) return failed([sheetIssue('error', 'unreadable', 'Die Arbeitsmappe hat kein Blatt.', 'The workbook has no sheet.')]);
  return importRows(sheet.rows, options, workbook, sheet.name);
}

/**
 * Imports the bytes of an .xlsx workbook or a CSV file (told apart by their first bytes), or rows
 * already read. For CSV the encoding (UTF-8, with or without BOM, or Windows-1252) and the
 * separator (semicolon, comma or tab) are detected.
 */
export async function importSheet(input: Uint8Array | SheetRows | WorkbookData, options: SheetImportOptions = {}): Promise<SheetImportResult> {
  if (!(input instanceof Uint8Array)) {
    return 'sheets' in input ? importWorkbook(input as WorkbookData, options) : importRows(input as SheetRows, options);
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
      return importWorkbook(await readXlsx(input), options);
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      return failed([
        sheetIssue(
          'error',
          error.code,
          error.code === 'tooLarge' ? `Die Arbeitsmappe ist zu groß. ${error.message}` : `Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). ${error.message}`,
          error.code === 'tooLarge' ? `The workbook is too large. ${error.message}` : `The file is not a readable Excel workbook (.xlsx). ${error.message}`,
        ),
      ]);
    }
  }
  const csv = readCsv(input);
  return { ...importRows(csv.rows, options), csv: { encoding: csv.encoding, delimiter: csv.delimiter } };
}

