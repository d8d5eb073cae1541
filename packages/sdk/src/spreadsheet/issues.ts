/**
 * What the importer tells an editor about their sheet: which row (as Excel numbers it), which
 * column (as their header says), what is wrong and what became of it, in German and English.
 */
import type { BilingualText } from '@konzept-kit/concept-schema';

export type SheetIssueCode =
  /** The file cannot be read as a spreadsheet at all. */
  | 'unreadable'
  | 'tooLarge'
  /** No row looks like the header (no "Maßnahme" column). */
  | 'noHeader'
  | 'missingColumn'
  /** A second column for the same thing: kept under `extra`. */
  | 'duplicateColumn'
  /** A column of a list sheet (Berichte, Drucksachen …) that is not ours: not imported. */
  | 'unknownColumn'
  /** A header that could tamper with programs (`__proto__`) or is too long: renamed. */
  | 'unsafeColumn'
  | 'mapping'
  | 'metadata'
  /** Rows rejected: */
  | 'noMeasure'
  | 'noField'
  | 'noObjective'
  | 'tooLong'
  /** Cells kept under `extra` because they could not be read: */
  | 'unknownStatus'
  | 'date'
  | 'number'
  | 'timeframe'
  | 'value'
  | 'link'
  /** Ids changed to be valid or unique: */
  | 'id'
  | 'duplicateId'
  /** Two rows disagree about a field or objective: the first wins, the other is kept under `extra`. */
  | 'conflict'
  /** The concept built from the sheet is not a valid export (see the message). */
  | 'invalid';

export interface SheetIssue {
  /**
   * `error` without a row: nothing could be imported. `error` with a row: that row was rejected.
   * `warning`: the row was imported; the message says what was changed or kept aside.
   */
  readonly severity: 'error' | 'warning';
  readonly code: SheetIssueCode;
  /** The row as the spreadsheet numbers it (1 is the first line of the sheet). */
  readonly row?: number;
  /** The column's header as the sheet has it. */
  readonly column?: string;
  /** The sheet's name in a workbook. */
  readonly sheet?: string;
  readonly message: BilingualText;
}

export function sheetIssue(
  severity: SheetIssue['severity'],
  code: SheetIssueCode,
  de: string,
  en: string,
  where: { row?: number; column?: string; sheet?: string } = {},
): SheetIssue {
  return {
    severity,
    code,
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    message: { de, en },
  };
}

/** One line: `Zeile 12, Spalte "Stand": …` / `Row 12, column "Stand": …`. */
export function formatSheetIssue(problem: SheetIssue, lang: 'de' | 'en' = 'de'): string {
  const parts: string[] = [];
  if (problem.sheet !== undefined) parts.push(lang === 'de' ? `Blatt "${problem.sheet}"` : `sheet "${problem.sheet}"`);
  if (problem.row !== undefined) parts.push(lang === 'de' ? `Zeile ${problem.row}` : `row ${problem.row}`);
  if (problem.column !== undefined) parts.push(lang === 'de' ? `Spalte "${problem.column}"` : `column "${problem.column}"`);
  const where = parts.join(', ');
  const text = problem.message[lang];
  return where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}` : text;
}

/** Excel's name of a column: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
