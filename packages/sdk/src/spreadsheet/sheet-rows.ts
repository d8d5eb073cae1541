/**
 * The rows below the header as an office keeps them, made ready to read: merged cells resolved
 * (a measure merged over several rows is one row; a status or field merged over several measures
 * counts for each), and every row that is no measure row recognised and set aside with its reason:
 * blank separators, hidden rows, a colour legend ("Legende: grün = umgesetzt"), summary rows
 * ("Summe", "davon umgesetzt"), notes below the table, and headings between the measures
 * ("Handlungsfeld 2: Bildung"), which name the field where the sheet has no column for it.
 */
import { cellText, isEmptyCell, parseDate, type Cell, type SheetRows } from './cells.js';
import type { ColourMap } from './colours.js';
import { rgbToHsl } from './colours.js';
import type { ColumnKey } from './columns.js';
import type { PlannedColumn } from './layout.js';
import type { StatusMatcher } from './status.js';
import type { CellRange, SheetLook } from './workbook.js';

export interface SheetRow {
  /** The row as the spreadsheet numbers it (1-based); for joined rows the first. */
  readonly number: number;
  readonly cells: readonly Cell[];
  readonly fills: ReadonlyArray<string | undefined>;
  readonly fonts: ReadonlyArray<string | undefined>;
  /** Row numbers of a measure merged over several rows (all of them, first included). */
  readonly joined?: readonly number[];
}

export type SkippedReason = 'blank' | 'hidden' | 'legend' | 'summary' | 'note' | 'heading';

export interface SkippedRow {
  readonly row: number;
  readonly reason: SkippedReason;
  /** The row's first text, to name it in the report. */
  readonly text: string;
  /** The measure's title, where the row has one (a hidden measure row). */
  readonly measure?: string;
}

export interface PreparedRows {
  /** Rows to read as measures, fields and objectives, in sheet order. */
  readonly rows: SheetRow[];
  readonly skipped: SkippedRow[];
  /** Colours the sheet's legend assigns to statuses. */
  readonly legend: Record<string, string>;
  /** Sheet rows joined because a measure cell was merged over them. */
  readonly joins: Array<{ rows: readonly number[]; title: string }>;
  /** Headings that became fields or objectives (the sheet has no column for them). */
  readonly headings: Array<{ row: number; level: 'field' | 'objective'; title: string; crossCutting: boolean }>;
}

export interface PrepareOptions {
  readonly firstData: number;
  readonly columns: readonly PlannedColumn[];
  readonly look?: SheetLook;
  readonly includeHidden?: boolean;
  readonly matchStatus: StatusMatcher;
  /** Index of the virtual columns for headings that name a field, cross-cutting theme or objective. */
  readonly headingColumns: { readonly field: number; readonly crossCutting: number; readonly objective: number };
}

const LEGEND_HEADING =
  /^(legende|farblegende|farbl?egende|zeichenerklärung|farberklärung|erläuterung(en)?\b.{0,30}\b(ampel|farbe|farben|symbole)|ampel\s*[-–:]?\s*(legende|erklärung|erläuterung)|bedeutung der (farben|ampel)|legend)\b/i;
const SUMMARY = /^(summe|summen|gesamt|gesamtzahl|insgesamt|anzahl|davon|zwischensumme|total|ergebnis|auswertung|anteil|quote|prozent|σ|∑)\b/i;
const SUMMARY_ALONE = /^(summe|gesamt|insgesamt|total|zwischensumme|ergebnis)\s*:?$/i;
const NOTE = /^(quelle|hinweis|hinweise|anmerkung|fußnote|stand|erstellt|bearbeitet|verfasser|\*)/i;

function firstText(cells: readonly Cell[]): string {
  for (const cell of cells) {
    const text = cellText(cell);
    if (text) return text;
  }
  return '';
}

function filledCount(cells: readonly Cell[]): number {
  return cells.filter((c) => !isEmptyCell(c)).length;
}

function isNumberLike(cell: Cell): boolean {
  if (typeof cell === 'number') return true;
  return /^[-+]?\d[\d.,]*\s*%?$/.test(cellText(cell));
}

/** A fill that carries no meaning: white or nearly, or none. */
export function isBlankFill(hex: string | undefined): boolean {
  if (!hex) return true;
  return rgbToHsl(hex).l > 0.95;
}

/** A legend line: "grün = umgesetzt", "■ gelb: in Umsetzung", or a coloured cell beside a status word. */
function legendEntry(
  cells: readonly Cell[],
  fills: ReadonlyArray<string | undefined>,
  matchStatus: StatusMatcher,
): { status?: string; colour?: string } | undefined {
  const texts = cells.map(cellText).filter(Boolean);
  if (texts.length === 0 || texts.length > 4) return undefined;
  const joined = texts.join(' ');
  const pair = /^(?:[■●▪◼⬤]\s*)?([^=:–]+?)\s*(?:=|:|–|-)\s*(.+)$/.exec(joined);
  let status: string | undefined;
  if (pair) status = matchStatus(pair[1]!.trim()) ?? matchStatus(pair[2]!.trim());
  const colour = fills.find((f) => !isBlankFill(f));
  if (!status && colour) status = texts.map((t) => matchStatus(t)).find(Boolean);
  if (!status) return undefined;
  return { status, ...(colour ? { colour } : {}) };
}

function mergedRanges(look: SheetLook | undefined, firstData: number): CellRange[] {
  return (look?.merges ?? []).filter((m) => m.bottom >= firstData && m.bottom > m.top);
}

/** Copies the first cell of each range merged over several rows into the rows below it (value and fill). */
function spreadMerges(
  grid: Cell[][],
  fills: Array<Array<string | undefined>>,
  fonts: Array<Array<string | undefined>>,
  ranges: readonly CellRange[],
  skipColumn: number | undefined,
) {
  for (const m of ranges) {
    if (skipColumn !== undefined && m.left <= skipColumn && skipColumn <= m.right) continue;
    const value = grid[m.top]?.[m.left] ?? null;
    const fill = fills[m.top]?.[m.left];
    const font = fonts[m.top]?.[m.left];
    for (let r = m.top + 1; r <= m.bottom; r++) {
      grid[r] ??= [];
      fills[r] ??= [];
      fonts[r] ??= [];
      if (isEmptyCell(grid[r]![m.left])) grid[r]![m.left] = value;
      fills[r]![m.left] ??= fill;
      fonts[r]![m.left] ??= font;
    }
  }
}

function joinCells(values: Cell[]): Cell {
  const filled = values.filter((v) => !isEmptyCell(v));
  if (filled.length <= 1) return filled[0] ?? null;
  if (filled.every((v) => typeof v === 'string')) return [...new Set(filled.map(cellText))].join('\n');
  return filled[0]!;
}

function headingTitle(text: string): { title: string; crossCutting: boolean; level?: 'field' | 'objective' } {
  const crossCutting = /^querschnitt/i.test(text);
  const objective = /^(unter|teil|handlungs)?ziele?\b/i.test(text) || /^\d+\.\d+\.?\s/.test(text);
  const title = text
    .replace(/^(handlungsfeld|themenfeld|querschnittsthema|querschnittsaufgabe|hf|qt|(unter|teil|handlungs)?ziel)\s*[\dIVX.]*\s*[:.–-]?\s*/i, '')
    .replace(/^[\dIVX]+(\.\d+)*\.?\s+/, '')
    .trim();
  return { title: title || text, crossCutting, ...(objective ? { level: 'objective' as const } : {}) };
}

/** Prepares the rows below the header (see the module comment). */
export function prepareRows(source: SheetRows, options: PrepareOptions): PreparedRows {
  const { firstData, columns, look, matchStatus } = options;
  const keyIndex = (key: ColumnKey) => columns.find((c) => c.role === 'column' && c.key === key && !c.lang)?.index;
  const measureIndex = keyIndex('measure');
  const grid: Cell[][] = source.map((row) => [...row]);
  const fills: Array<Array<string | undefined>> = source.map((_, r) => [...(look?.fills[r] ?? [])]);
  const fonts: Array<Array<string | undefined>> = source.map((_, r) => [...(look?.fonts[r] ?? [])]);
  const ranges = mergedRanges(look, firstData);
  spreadMerges(grid, fills, fonts, ranges, measureIndex);
  const hidden = new Set(look?.hiddenRows ?? []);
  const used = new Set(columns.filter((c) => c.role !== 'omitted').map((c) => c.index));
  const visible = (cells: readonly Cell[]) => cells.map((c, i) => (used.has(i) ? c : null));

  // Measures merged over several rows: one row.
  const joinedAt = new Map<number, number>();
  if (measureIndex !== undefined) {
    for (const m of ranges)
      if (m.left <= measureIndex && measureIndex <= m.right && m.top >= firstData) for (let r = m.top + 1; r <= m.bottom; r++) joinedAt.set(r, m.top);
  }
  const result: PreparedRows = { rows: [], skipped: [], legend: {}, joins: [], headings: [] };
  const candidates: Array<SheetRow & { hidden: boolean }> = [];
  for (let r = firstData; r < grid.length; r++) {
    if (joinedAt.has(r)) continue;
    const span = [r];
    while (joinedAt.get(r + span.length) === r) span.push(r + span.length);
    const width = Math.max(...span.map((i) => grid[i]?.length ?? 0));
    const cells = span.length === 1 ? (grid[r] ?? []) : Array.from({ length: width }, (_, c) => joinCells(span.map((i) => grid[i]?.[c] ?? null)));
    const pick = (layer: Array<Array<string | undefined>>) =>
      span.length === 1 ? (layer[r] ?? []) : Array.from({ length: width }, (_, c) => span.map((i) => layer[i]?.[c]).find(Boolean));
    candidates.push({
      number: r + 1,
      cells: visible(cells),
      fills: pick(fills),
      fonts: pick(fonts),
      hidden: span.some((i) => hidden.has(i)),
      ...(span.length > 1 ? { joined: span.map((i) => i + 1) } : {}),
    });
    if (span.length > 1) result.joins.push({ rows: span.map((i) => i + 1), title: cellText(cells[measureIndex!]) });
  }

  // The last row that names a measure: single-cell rows after it are notes, not fields.
  const obviouslyNot = (row: SheetRow) => {
    const text = firstText(row.cells);
    return LEGEND_HEADING.test(text) || SUMMARY.test(text) || (/=/.test(text) && legendEntry(row.cells, row.fills, matchStatus) !== undefined);
  };
  const lastMeasure = candidates.findLastIndex((row) => measureIndex !== undefined && !isEmptyCell(row.cells[measureIndex]) && !obviouslyNot(row));
  const hasColumn = (key: ColumnKey) => keyIndex(key) !== undefined;
  let inLegend = false;
  candidates.forEach((row, i) => {
    const text = firstText(row.cells);
    const title = measureIndex !== undefined ? cellText(row.cells[measureIndex]) : '';
    const skip = (reason: SkippedReason) => result.skipped.push({ row: row.number, reason, text, ...(title ? { measure: title } : {}) });
    if (row.cells.every(isEmptyCell)) {
      inLegend = false;
      if (row.hidden && !options.includeHidden) return skip('hidden');
      return skip('blank');
    }
    if (row.hidden && !options.includeHidden) return skip('hidden');
    const filled = filledCount(row.cells);
    if (LEGEND_HEADING.test(text) && filled <= 4) {
      inLegend = true;
      const entry = legendEntry(
        row.cells.map((c) =>
          cellText(c) === text
            ? cellText(c)
                .replace(LEGEND_HEADING, '')
                .replace(/^\s*[:–-]?\s*/, '')
            : c,
        ),
        row.fills,
        matchStatus,
      );
      if (entry?.colour && entry.status) result.legend[entry.colour] = entry.status;
      return skip('legend');
    }
    const entry = filled <= 4 ? legendEntry(row.cells, row.fills, matchStatus) : undefined;
    const looksLikeLegend = entry && (inLegend || /[=]/.test(row.cells.map(cellText).join(' ')) || (i > lastMeasure && filled <= 2));
    if (looksLikeLegend && (measureIndex === undefined || isEmptyCell(row.cells[measureIndex]) || inLegend || /=/.test(text))) {
      if (entry.colour && entry.status) result.legend[entry.colour] = entry.status;
      return skip('legend');
    }
    const noTitle = measureIndex === undefined || isEmptyCell(row.cells[measureIndex]) || cellText(row.cells[measureIndex]) === text;
    if (SUMMARY_ALONE.test(text) || (SUMMARY.test(text) && (noTitle || row.cells.some((c) => cellText(c) !== text && isNumberLike(c))))) return skip('summary');
    if (filled === 1 && (i > lastMeasure || NOTE.test(text))) return skip('note');
    // A single text in a column that is no field, objective or measure column: a heading between the measures.
    const at = row.cells.findIndex((c) => !isEmptyCell(c));
    const column = columns.find((c) => c.index === at);
    const wide = (look?.merges ?? []).some((m) => m.top === row.number - 1 && m.left === at && m.right > m.left);
    const headingPlace = !column || column.role === 'extra' || (column.role === 'column' && column.key === 'id') || at === 0 || wide;
    const structural = column?.role === 'column' && ['field', 'crossCutting', 'goal', 'objective', 'measure', 'kind'].includes(column.key);
    if (filled === 1 && !structural && headingPlace && typeof row.cells[at] === 'string' && !matchStatus(text) && !isNumberLike(row.cells[at]!)) {
      const heading = headingTitle(text);
      const level =
        heading.level === 'objective' && !hasColumn('objective')
          ? 'objective'
          : !hasColumn('field') && !hasColumn('crossCutting')
            ? 'field'
            : !hasColumn('objective')
              ? 'objective'
              : undefined;
      if (!level) return skip('heading');
      const target =
        level === 'objective' ? options.headingColumns.objective : heading.crossCutting ? options.headingColumns.crossCutting : options.headingColumns.field;
      const cells: Cell[] = [];
      cells[target] = heading.title;
      result.headings.push({ row: row.number, level, title: heading.title, crossCutting: heading.crossCutting });
      result.rows.push({ number: row.number, cells, fills: [], fonts: [] });
      return;
    }
    inLegend = false;
    result.rows.push(row);
  });
  return result;
}

/** "Stand: 28.03.2025" in a title row above the header: the date of the evaluation. */
export function bannerDate(source: SheetRows, headerIndex: number): { date: string; row: number } | undefined {
  for (let r = 0; r < headerIndex; r++) {
    for (const cell of source[r] ?? []) {
      const text = cellText(cell);
      const m = /\b(?:stand|bewertung|datum)\b\s*(?:vom|am)?\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})/i.exec(text);
      const date = m && parseDate(m[1]!);
      if (date) return { date, row: r + 1 };
    }
  }
  return undefined;
}

/** Colours of the legend and of the mapping file together; the mapping file wins. */
export function colourMapOf(legend: Record<string, string>, given: ColourMap | undefined): ColourMap {
  return { ...legend, ...(given ?? {}) };
}
