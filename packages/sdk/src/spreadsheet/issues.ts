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
  | 'invalid'
  /** The measure sheet chosen among several, or none found. */
  | 'sheetChoice'
  /** Columns left out: hidden by the editor, or marked internal ("interne Notiz"). */
  | 'hiddenColumn'
  | 'internalColumn'
  /** Rows set aside, each named: */
  | 'hiddenRow'
  | 'blankRows'
  | 'legend'
  | 'summaryRow'
  | 'noteRow'
  | 'heading'
  /** A measure merged over several rows, read as one. */
  | 'mergedRows'
  /** Statuses lost (the row is imported without one): a word, a colour, or marks that cannot be read. */
  | 'unknownColour'
  | 'conflictingMarks'
  /** The status came from the cell's colour; its text is kept under extra. */
  | 'statusFromColour'
  /** Text and colour of the status cell disagree. */
  | 'statusConflict'
  /** Where the statuses were read from (text, colour, marks), counted. */
  | 'statusSource'
  /** The evaluation date taken from a title row ("Stand: 28.03.2025"). */
  | 'defaultDate';

/** What an issue is about, for a list an editor reads: the file, the sheet's layout, a row set aside or rejected, a status, a value, an id. */
export type SheetIssueKind = 'file' | 'layout' | 'skipped' | 'rejected' | 'status' | 'value' | 'id' | 'invalid';

const KIND_OF: Readonly<Record<SheetIssueCode, SheetIssueKind>> = {
  unreadable: 'file',
  tooLarge: 'file',
  noHeader: 'layout',
  missingColumn: 'layout',
  duplicateColumn: 'layout',
  unknownColumn: 'layout',
  unsafeColumn: 'layout',
  mapping: 'layout',
  metadata: 'layout',
  sheetChoice: 'layout',
  hiddenColumn: 'layout',
  internalColumn: 'layout',
  noMeasure: 'rejected',
  noField: 'rejected',
  noObjective: 'rejected',
  tooLong: 'rejected',
  hiddenRow: 'skipped',
  blankRows: 'skipped',
  legend: 'skipped',
  summaryRow: 'skipped',
  noteRow: 'skipped',
  heading: 'skipped',
  unknownStatus: 'status',
  unknownColour: 'status',
  conflictingMarks: 'status',
  statusFromColour: 'status',
  statusConflict: 'status',
  statusSource: 'status',
  defaultDate: 'status',
  mergedRows: 'value',
  date: 'value',
  number: 'value',
  timeframe: 'value',
  value: 'value',
  link: 'value',
  conflict: 'value',
  id: 'id',
  duplicateId: 'id',
  invalid: 'invalid',
};

export interface SheetIssue {
  /**
   * `error` without a row: nothing could be imported. `error` with a row: that row was rejected,
   * or (kind `status`) its measure was imported without the status the sheet gives it.
   * `warning`: the row was imported; the message says what was changed or kept aside.
   * `info`: what the import did as expected (a legend, a summary row, blank rows set aside).
   */
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: SheetIssueCode;
  /** What the issue is about (derived from `code`). */
  readonly kind: SheetIssueKind;
  /** The measure's title, when the issue is about one. */
  readonly measure?: string;
  /** The row as the spreadsheet numbers it (1 is the first line of the sheet). */
  readonly row?: number;
  /** The column's header as the sheet has it. */
  readonly column?: string;
  /** The sheet's name in a workbook. */
  readonly sheet?: string;
  /** What the person could set besides the workbook (the sentence saying so is already in `message`). */
  readonly remedy?: RemedyKey;
  readonly message: BilingualText;
}

/**
 * Settings besides the workbook that fix an issue: a mapping file, the sheet to read, the
 * municipality's name, hidden or internal columns. Each surface offers them in its own way (the CLI
 * as options, the workbench as a field, the SDK as import options) or not at all, so the importer
 * words the fix within the workbook and each surface adds its own sentence (`SheetImportOptions.remedies`).
 */
export type RemedyKey = 'mapping' | 'sheet' | 'municipality' | 'includeHidden' | 'includeInternal';
export type Remedies = Readonly<Partial<Record<RemedyKey, BilingualText>>>;

const KEYS: readonly RemedyKey[] = ['mapping', 'sheet', 'municipality', 'includeHidden', 'includeInternal'];

/** The SDK's own sentences: they name the import option (`SheetImportOptions`). */
export const SDK_REMEDIES: Remedies = Object.fromEntries(
  KEYS.map((key) => [key, { de: `Dafür gibt es die Importoption "${key}".`, en: `The import option "${key}" is there for this.` }]),
);

/** Adds the surface's sentence for each issue's remedy; a surface without one leaves the message as it is. */
export function withRemedies(issues: readonly SheetIssue[], remedies: Remedies = SDK_REMEDIES): SheetIssue[] {
  return issues.map((issue) => {
    const sentence = issue.remedy && remedies[issue.remedy];
    return sentence ? { ...issue, message: { de: `${issue.message.de} ${sentence.de}`, en: `${issue.message.en} ${sentence.en}` } } : issue;
  });
}

export function sheetIssue(
  severity: SheetIssue['severity'],
  code: SheetIssueCode,
  de: string,
  en: string,
  where: { row?: number; column?: string; sheet?: string; measure?: string; remedy?: RemedyKey } = {},
): SheetIssue {
  return {
    severity,
    code,
    kind: KIND_OF[code],
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    ...(where.measure !== undefined ? { measure: where.measure } : {}),
    ...(where.remedy !== undefined ? { remedy: where.remedy } : {}),
    message: { de, en },
  };
}

/** One line: `Zeile 12, Spalte "Stand": …` / `Row 12, column "Stand": …`. */
export function formatSheetIssue(problem: SheetIssue, lang: 'de' | 'en' = 'de'): string {
  const parts: string[] = [];
  if (problem.sheet !== undefined) parts.push(lang === 'de' ? `Blatt "${problem.sheet}"` : `sheet "${problem.sheet}"`);
  if (problem.row !== undefined) parts.push(lang === 'de' ? `Zeile ${problem.row}` : `row ${problem.row}`);
  if (problem.column !== undefined) parts.push(lang === 'de' ? `Spalte "${problem.column}"` : `column "${problem.column}"`);
  if (problem.measure !== undefined) parts.push(lang === 'de' ? `Maßnahme "${short(problem.measure)}"` : `measure "${short(problem.measure)}"`);
  const where = parts.join(', ');
  const text = problem.message[lang];
  return where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${text}` : text;
}

function short(text: string): string {
  const line = text.split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
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
