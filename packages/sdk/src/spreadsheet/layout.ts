/**
 * How a measure sheet is laid out: which row holds the headers (editors often put a title line
 * above), and what each column means: one of ours, a translation of one of ours ("Maßnahme (en)"),
 * the status at an earlier evaluation ("Status 15.10.2019"), or a column of the editor's own,
 * which is kept under the measure's `extra`.
 */
import type { Evaluation } from '@konzept-kit/concept-schema';
import { cellText, germanDate, isEmptyCell, parseDate, type SheetRows } from './cells.js';
import { COLUMN_BY_KEY, columnForHeader, TEXT_KEYS, type ColumnKey } from './columns.js';
import { isValidId } from './ids.js';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { languageColumn } from './languages.js';

/** Keys the schema refuses in any map, because copying them naively reaches an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_EXTRA_KEY = 200;

export type PlannedColumn =
  | { readonly role: 'column'; readonly index: number; readonly header: string; readonly key: ColumnKey; readonly lang?: string }
  | { readonly role: 'history'; readonly index: number; readonly header: string; readonly evaluation: string; readonly part: 'status' | 'note' }
  | { readonly role: 'extra'; readonly index: number; readonly header: string; readonly name: string };

export interface SheetLayout {
  /** The row (1-based, as the spreadsheet numbers it) that holds the headers. */
  readonly headerRow: number;
  readonly columns: readonly PlannedColumn[];
}

/** Evaluations known before the sheet is read, and those its history columns add. */
export class EvaluationBook {
  readonly list: Evaluation[];
  readonly added: Evaluation[] = [];

  constructor(known: readonly Evaluation[]) {
    this.list = [...known];
  }

  byId(id: string): Evaluation | undefined {
    return this.list.find((e) => e.id === id);
  }

  /** An evaluation named by id, by date, or by both ("15.10.2019 (eval-2019-10)"); created from a date if need be. */
  resolve(reference: string, fallbackDate?: string): Evaluation | undefined {
    const text = reference.trim();
    const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
    const idPart = paren ? paren[2]!.trim() : text;
    const datePart = paren ? paren[1]!.trim() : text;
    const id = isValidId(idPart) ? idPart : undefined;
    const date = (datePart ? parseDate(datePart) : undefined) ?? fallbackDate;
    if (id) {
      const known = this.byId(id);
      if (known) return known;
    } else if (date) {
      const sameDay = this.list.filter((e) => e.date === date);
      if (sameDay.length === 1) return sameDay[0];
      if (sameDay.length > 1) return undefined;
    }
    if (!date) return undefined;
    const created: Evaluation = { id: id ?? `bericht-${date}`, date };
    if (this.byId(created.id)) return undefined;
    this.list.push(created);
    this.added.push(created);
    return created;
  }

  /** The header of a history column: `Status 15.10.2019 (eval-2019-10)`. */
  static header(part: 'Status' | 'Bemerkung', evaluation: Evaluation): string {
    return `${part} ${germanDate(evaluation.date)} (${evaluation.id})`;
  }
}

const HISTORY_HEADER = /^(status|ampel|bemerkung|anmerkung)\s+(.+)$/i;

/**
 * A header "Zusatz: Status" is a column of the editor's own named "Status": the export writes an
 * `extra` key that way when the plain name would be read as one of our columns.
 */
export const EXTRA_HEADER_PREFIX = 'Zusatz: ';
const EXTRA_HEADER = /^zusatz\s*:\s*(.+)$/i;

/** The header the export gives a column of `extra`, so the importer reads it back as the same key. */
export function extraHeader(name: string): string {
  const translated = languageColumn(name);
  const ours =
    columnForHeader(name) !== undefined ||
    (translated !== undefined && columnForHeader(translated.base) !== undefined) ||
    HISTORY_HEADER.test(name) ||
    EXTRA_HEADER.test(name);
  return ours ? `${EXTRA_HEADER_PREFIX}${name}` : name;
}

/** The first of the top rows that has a "Maßnahme" column. */
export function findHeaderRow(rows: SheetRows, mapping: ReadonlyMap<string, ColumnKey | 'extra'>, scan = 30): number | undefined {
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    if (rows[r]!.some((cell) => columnForHeader(cellText(cell), mapping) === 'measure')) return r;
  }
  return undefined;
}

/** A name for a column of the editor's own that is safe and unique as a key of `extra`. */
function extraName(header: string, index: number, taken: Set<string>, issues: SheetIssue[], sheet: string | undefined): string {
  const letter = columnLetter(index);
  let name = header || `Spalte ${letter}`;
  if (FORBIDDEN_KEYS.has(name)) {
    issues.push(
      sheetIssue(
        'warning',
        'unsafeColumn',
        `Die Überschrift "${header}" ist als Name nicht erlaubt (sie könnte Programme verändern); die Spalte heißt jetzt "${name} (Spalte ${letter})".`,
        `The header "${header}" is not allowed as a name (it could tamper with programs); the column is now called "${name} (column ${letter})".`,
        { sheet, column: header },
      ),
    );
    name = `${name} (Spalte ${letter})`;
  }
  if (name.length > MAX_EXTRA_KEY) {
    issues.push(
      sheetIssue(
        'warning',
        'unsafeColumn',
        `Die Überschrift ist länger als ${MAX_EXTRA_KEY} Zeichen und wurde gekürzt.`,
        `The header is longer than ${MAX_EXTRA_KEY} characters and was shortened.`,
        { sheet, column: `${header.slice(0, 40)}…` },
      ),
    );
    name = `${name.slice(0, MAX_EXTRA_KEY - 14)} (Spalte ${letter})`;
  }
  if (taken.has(name)) name = `${name.slice(0, MAX_EXTRA_KEY - 14)} (Spalte ${letter})`;
  taken.add(name);
  return name;
}

/** What each column of the header row means. */
export function planColumns(
  rows: SheetRows,
  headerIndex: number,
  options: {
    mapping: ReadonlyMap<string, ColumnKey | 'extra'>;
    lang: string;
    evaluations: EvaluationBook;
    sheet?: string;
  },
  issues: SheetIssue[],
): PlannedColumn[] {
  const header = rows[headerIndex] ?? [];
  const width = Math.max(header.length, ...rows.slice(headerIndex + 1).map((r) => r.length));
  const planned: PlannedColumn[] = [];
  const used = new Set<string>();
  const extraNames = new Set<string>();
  const { sheet } = options;

  const asExtra = (index: number, text: string) =>
    planned.push({ role: 'extra', index, header: text || `Spalte ${columnLetter(index)}`, name: extraName(text, index, extraNames, issues, sheet) });

  for (let index = 0; index < width; index++) {
    const text = cellText(header[index]);
    if (!text) {
      // A column without header: kept if it holds anything.
      if (rows.slice(headerIndex + 1).some((row) => !isEmptyCell(row[index]))) asExtra(index, '');
      continue;
    }
    const own = EXTRA_HEADER.exec(text);
    if (own) {
      planned.push({ role: 'extra', index, header: text, name: extraName(own[1]!.trim(), index, extraNames, issues, sheet) });
      continue;
    }
    let target = columnForHeader(text, options.mapping);
    let lang: string | undefined;
    if (!target) {
      const translated = languageColumn(text);
      const base = translated && columnForHeader(translated.base, options.mapping);
      if (translated && base && base !== 'extra' && TEXT_KEYS.has(base)) {
        target = base;
        if (translated.lang !== options.lang) lang = translated.lang;
      }
    }
    if (target === 'extra') {
      asExtra(index, text);
      continue;
    }
    if (target) {
      const slot = lang ? `${target}|${lang}` : target;
      if (used.has(slot)) {
        const first = COLUMN_BY_KEY.get(target)!.header;
        issues.push(
          sheetIssue(
            'warning',
            'duplicateColumn',
            `Eine zweite Spalte für "${first}": ihre Werte stehen unter den Zusatzangaben (extra) der Maßnahmen.`,
            `A second column for "${first}": its values are kept in the measures' extra data.`,
            { sheet, column: text, row: headerIndex + 1 },
          ),
        );
        asExtra(index, text);
        continue;
      }
      used.add(slot);
      planned.push({ role: 'column', index, header: text, key: target, ...(lang ? { lang } : {}) });
      continue;
    }
    const history = HISTORY_HEADER.exec(text);
    const evaluation = history && options.evaluations.resolve(history[2]!);
    if (history && evaluation) {
      const part = /^(status|ampel)$/i.test(history[1]!) ? 'status' : 'note';
      planned.push({ role: 'history', index, header: text, evaluation: evaluation.id, part });
      continue;
    }
    asExtra(index, text);
  }
  return planned;
}
