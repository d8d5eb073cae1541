/**
 * Writing an .xlsx workbook editors can work in: bold frozen header row, sensible widths, wrapped
 * text, dates shown as dates, a drop-down for the status, and an instruction sheet ("Anleitung").
 */
import type { Cell } from './cells.js';
import { COLUMN_BY_KEY, type ColumnKey } from './columns.js';
import type { SheetTable } from './export.js';
import { columnLetter } from './issues.js';
import { fixZipTimestamps } from './zip.js';

export interface WorkbookOptions {
  /** The words of the status drop-down (e.g. grün, gelb, rot). */
  readonly statusWords: readonly string[];
  /**
   * The colour of each status word (`#rrggbb`): the status cells get it as their fill through
   * conditional formatting, so the sheet shows the Ampel as colour and text, and a word chosen
   * from the drop-down colours its cell.
   */
  readonly statusColours?: ReadonlyArray<{ readonly word: string; readonly color: string }>;
  /** Rows the drop-down covers in an empty template. */
  readonly minRows?: number;
  /** Lines of the "Anleitung" sheet (the first is its heading). */
  readonly instructions?: readonly string[];
  /** Shown in the file's properties. */
  readonly title?: string;
  /** Creation date of the file and its parts; given, the same tables give the same bytes (for a committed template). */
  readonly fixedDate?: Date;
}

const HEADER_FILL = 'FFDCE6F0';
const TECHNICAL_FILL = 'FFEDEDED';
const TECHNICAL_KEYS: ReadonlySet<ColumnKey> = new Set(['fieldId', 'objectiveId']);

function widthFor(header: string, key: ColumnKey | undefined, rows: readonly Cell[][], index: number): number {
  if (key) return COLUMN_BY_KEY.get(key)!.width;
  const longest = Math.max(header.length, ...rows.slice(1, 200).map((r) => String(r[index] ?? '').split('\n')[0]!.length));
  return Math.min(Math.max(longest + 2, 10), 50);
}

/** Black or white, whichever reads better on `hex`. */
function textOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.3 ? 'FF000000' : 'FFFFFFFF';
}

interface ConditionalSheet {
  addConditionalFormatting(cf: { ref: string; rules: unknown[] }): void;
}

/** Conditional formatting on a status column: each word gets its status's colour as fill. */
function colourStatuses(sheet: unknown, letter: string, last: number, colours: NonNullable<WorkbookOptions['statusColours']>) {
  (sheet as ConditionalSheet).addConditionalFormatting({
    ref: `${letter}2:${letter}${last}`,
    rules: colours.map(({ word, color }, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${word.replace(/"/g, '""')}"`],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${color.slice(1).toUpperCase()}` } },
        font: { color: { argb: textOn(color) } },
      },
    })),
  });
}

/** Writes the tables as worksheets; the first is the measure sheet. */
export async function writeWorkbook(tables: readonly SheetTable[], options: WorkbookOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'konzept-kit';
  if (options.title) workbook.title = options.title;
  workbook.created = workbook.modified = options.fixedDate ?? new Date();

  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const [header = [], ...body] = table.rows;
    sheet.columns = header.map((h, i) => ({
      header: String(h ?? ''),
      key: `c${i}`,
      width: widthFor(String(h ?? ''), table.keys?.[i], table.rows, i),
    }));
    for (const row of body) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
    const headerRow = sheet.getRow(1);
    headerRow.font = { bold: true };
    headerRow.alignment = { vertical: 'top', wrapText: true };
    header.forEach((_, i) => {
      const technical = TECHNICAL_KEYS.has(table.keys?.[i] as ColumnKey);
      headerRow.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: technical ? TECHNICAL_FILL : HEADER_FILL } };
    });
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.alignment = { vertical: 'top', wrapText: true };
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      });
    });
    const last = Math.max(body.length + 1, options.minRows ?? 0);
    // Ids are text: Excel would turn "1.10" into the number 1.1.
    table.keys?.forEach((key, i) => {
      if (key === 'id' || key === 'fieldId' || key === 'objectiveId') sheet.getColumn(i + 1).numFmt = '@';
    });
    const statusIndex = table.keys?.indexOf('status') ?? -1;
    if (statusIndex >= 0 && options.statusWords.length) {
      const letter = columnLetter(statusIndex);
      (sheet as unknown as { dataValidations: { add(range: string, rule: unknown): void } }).dataValidations.add(`${letter}2:${letter}${Math.max(last, 2)}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${options.statusWords.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Status',
        error: `Bitte einen Status wählen: ${options.statusWords.join(', ')}.`,
      });
    }
    if (table.keys) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    if (table.keys && options.statusColours?.length) {
      // The current status and the statuses of earlier evaluations ("Status 15.10.2019 (…)").
      const statusColumns = header.flatMap((h, i) => (table.keys![i] === 'status' || (table.keys![i] === undefined && /^Status\s/.test(String(h))) ? [i] : []));
      for (const index of statusColumns) colourStatuses(sheet, columnLetter(index), Math.max(last, 2), options.statusColours);
    }
  }

  if (options.instructions?.length) {
    const sheet = workbook.addWorksheet('Anleitung');
    sheet.getColumn(1).width = 110;
    options.instructions.forEach((line, i) => {
      const row = sheet.addRow([line]);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (i === 0) row.font = { bold: true, size: 14 };
      else if (/^[A-ZÄÖÜ][^.:]{0,40}:$/.test(line)) row.font = { bold: true };
    });
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return options.fixedDate ? fixZipTimestamps(bytes, options.fixedDate) : bytes;
}
