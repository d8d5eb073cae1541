/**
 * Reading an .xlsx workbook into plain rows of cells. exceljs is loaded on first use, so a page
 * that only reads CSV never downloads it.
 */
import type { Cell } from './cells.js';
import { declaredUnpackedSize } from './zip.js';

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: Cell[][];
}

export interface WorkbookData {
  readonly sheets: readonly WorkbookSheet[];
}

/** An .xlsx file is a ZIP archive: it starts with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Limits that keep a hostile workbook (a "ZIP bomb") from exhausting a reader's memory. */
export const XLSX_LIMITS = {
  /** The file itself. */
  bytes: 20_000_000,
  /** What its parts add up to once unpacked, as the archive's directory declares it. */
  unpackedBytes: 200_000_000,
  rows: 100_000,
  columns: 500,
} as const;

export class SpreadsheetError extends Error {
  readonly code: 'tooLarge' | 'unreadable';
  constructor(code: 'tooLarge' | 'unreadable', message: string) {
    super(message);
    this.name = 'SpreadsheetError';
    this.code = code;
  }
}

interface ExcelValueObject {
  richText?: Array<{ text: string }>;
  text?: unknown;
  result?: unknown;
  formula?: string;
  sharedFormula?: string;
  error?: string;
  hyperlink?: string;
}

/** A cell of exceljs as a plain value: rich text joined, formulas as their last result, links as their text. */
export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as ExcelValueObject;
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plainCell(v.result);
    if ('error' in v) return v.error ?? null;
    if ('text' in v) return plainCell(v.text);
  }
  return String(value);
}

/** Reads every worksheet of an .xlsx file. Throws `SpreadsheetError` for what is no readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  if (bytes.length > XLSX_LIMITS.bytes) {
    throw new SpreadsheetError('tooLarge', `The workbook has ${bytes.length} bytes; at most ${XLSX_LIMITS.bytes} are read.`);
  }
  if (!isXlsx(bytes)) throw new SpreadsheetError('unreadable', 'This is no .xlsx workbook (it is not a ZIP archive).');
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === undefined) throw new SpreadsheetError('unreadable', 'The .xlsx archive is damaged (no central directory).');
  if (unpacked > XLSX_LIMITS.unpackedBytes) {
    throw new SpreadsheetError('tooLarge', `The workbook unpacks to ${unpacked} bytes; at most ${XLSX_LIMITS.unpackedBytes} are read.`);
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; in the browser it takes any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetError('unreadable', `The .xlsx workbook cannot be read: ${(error as Error).message}`);
  }
  const sheets: WorkbookSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > XLSX_LIMITS.rows || worksheet.columnCount > XLSX_LIMITS.columns) {
      throw new SpreadsheetError(
        'tooLarge',
        `Sheet "${worksheet.name}" has ${worksheet.rowCount} rows and ${worksheet.columnCount} columns; at most ${XLSX_LIMITS.rows} and ${XLSX_LIMITS.columns} are read.`,
      );
    }
    const rows: Cell[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = plainCell(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
    });
    sheets.push({ name: worksheet.name, rows: Array.from(rows, (r) => r ?? []) });
  }
  return { sheets };
}
