/**
 * A workbook as the importer sees it, whoever wrote it (Excel, LibreOffice, openpyxl, Google
 * Sheets): sheets of plain cells, and what the cells look like where the file says so (fill and
 * font colour, merged ranges, hidden rows and columns). The look is optional: CSV and rows built by
 * hand have none.
 */
import type { Cell } from './cells.js';

/** A rectangle of cells, 0-based and inclusive, as a merged range is stored. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetLook {
  /** Fill colour of each cell as `#rrggbb` (rows and columns 0-based, sparse). */
  readonly fills: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  /** Font colour of each cell as `#rrggbb`, where it is not the automatic one. */
  readonly fonts: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  readonly merges: readonly CellRange[];
  /** Rows and columns (0-based) the editor has hidden, or collapsed in a group. */
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
}

export interface WorkbookSheet {
  readonly name: string;
  readonly rows: Cell[][];
  /** How the cells look, where the file says so. */
  readonly look?: SheetLook;
  /** The sheet itself is hidden in the workbook. */
  readonly hidden?: boolean;
}

export interface WorkbookData {
  readonly sheets: readonly WorkbookSheet[];
  /** The format the workbook was read from. */
  readonly format?: 'xlsx' | 'ods';
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

/** A file that is no readable workbook; `text` says why in words an editor understands. */
export class SpreadsheetError extends Error {
  readonly code: 'tooLarge' | 'unreadable';
  readonly text: { readonly de: string; readonly en: string };
  constructor(code: 'tooLarge' | 'unreadable', message: string | { de: string; en: string }) {
    const text = typeof message === 'string' ? { de: message, en: message } : message;
    super(text.en);
    this.name = 'SpreadsheetError';
    this.code = code;
    this.text = text;
  }
}

/** Sparse grid setter. */
export function setAt<T>(grid: Array<Array<T | undefined> | undefined>, row: number, column: number, value: T): void {
  (grid[row] ??= [])[column] = value;
}

/** An .xlsx (or .ods) file is a ZIP archive: it starts with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
