/**
 * Reading an .xlsx workbook into plain rows of cells. exceljs is loaded on first use, so a page
 * that only reads CSV never downloads it.
 */
import type { BilingualText } from '@konzept-kit/concept-schema';
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

/** A workbook that cannot be read; `text` says why in German and English (`message` is the English). */
export class SpreadsheetError extends Error {
  readonly code: 'tooLarge' | 'unreadable';
  readonly text: BilingualText;
  constructor(code: 'tooLarge' | 'unreadable', de: string, en: string) {
    super(en);
    this.name = 'SpreadsheetError';
    this.code = code;
    this.text = { de, en };
  }
}

const count = (n: number, locale: string) => n.toLocaleString(locale);

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
    throw new SpreadsheetError(
      'tooLarge',
      `Sie hat ${count(bytes.length, 'de-DE')} Bytes; gelesen werden höchstens ${count(XLSX_LIMITS.bytes, 'de-DE')}.`,
      `The workbook has ${count(bytes.length, 'en-GB')} bytes; at most ${count(XLSX_LIMITS.bytes, 'en-GB')} are read.`,
    );
  }
  if (!isXlsx(bytes)) throw new SpreadsheetError('unreadable', 'Sie ist kein ZIP-Archiv.', 'This is no .xlsx workbook (it is not a ZIP archive).');
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === undefined) {
    throw new SpreadsheetError(
      'unreadable',
      'Das Archiv ist beschädigt oder abgeschnitten (sein Inhaltsverzeichnis fehlt). Bitte die Datei erneut aus Excel speichern oder vollständig hochladen.',
      'The .xlsx archive is damaged or cut off (no central directory). Please save it from Excel again or upload it completely.',
    );
  }
  if (unpacked > XLSX_LIMITS.unpackedBytes) {
    throw new SpreadsheetError(
      'tooLarge',
      `Entpackt hat sie ${count(unpacked, 'de-DE')} Bytes; gelesen werden höchstens ${count(XLSX_LIMITS.unpackedBytes, 'de-DE')}.`,
      `The workbook unpacks to ${count(unpacked, 'en-GB')} bytes; at most ${count(XLSX_LIMITS.unpackedBytes, 'en-GB')} are read.`,
    );
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; in the browser it takes any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // exceljs' own words are English: they go into the English sentence only.
    throw new SpreadsheetError(
      'unreadable',
      'Die Arbeitsmappe ist beschädigt oder abgeschnitten. Bitte die Datei erneut aus Excel speichern oder vollständig hochladen.',
      `The .xlsx workbook is damaged or cut off (${(error as Error).message}). Please save it from Excel again or upload it completely.`,
    );
  }
  const sheets: WorkbookSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.rowCount > XLSX_LIMITS.rows || worksheet.columnCount > XLSX_LIMITS.columns) {
      throw new SpreadsheetError(
        'tooLarge',
        `Das Blatt "${worksheet.name}" hat ${count(worksheet.rowCount, 'de-DE')} Zeilen und ${count(worksheet.columnCount, 'de-DE')} Spalten; gelesen werden höchstens ${count(XLSX_LIMITS.rows, 'de-DE')} und ${XLSX_LIMITS.columns}.`,
        `Sheet "${worksheet.name}" has ${count(worksheet.rowCount, 'en-GB')} rows and ${count(worksheet.columnCount, 'en-GB')} columns; at most ${count(XLSX_LIMITS.rows, 'en-GB')} and ${XLSX_LIMITS.columns} are read.`,
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
