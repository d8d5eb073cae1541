/**
 * How a measure sheet is laid out: which row holds the headers (editors often put a title line
 * above), and what each column means: one of ours, a translation of one of ours ("Maßnahme (en)"),
 * the status at an earlier evaluation ("Status 15.10.2019"), or a column of the editor's own,
 * which is kept under the measure's `extra`.
 */
import type { Evaluation } from '@konzept-kit/concept-schema';
import { cellText, germanDate, isEmptyCell, parseDate, type Cell, type SheetRows } from './cells.js';
import { AMBIGUOUS_HEADERS, COLUMN_BY_KEY, columnForHeader, columnForLooseHeader, headerKey, TEXT_KEYS, type ColumnKey } from './columns.js';
import type { StatusMatcher } from './status.js';
import { isValidId } from './ids.js';
import { columnLetter, sheetIssue, type SheetIssue } from './issues.js';
import { languageColumn } from './languages.js';

/** Keys the schema refuses in any map, because copying them naively reaches an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_EXTRA_KEY = 200;

export type PlannedColumn =
  | { readonly role: 'column'; readonly index: number; readonly header: string; readonly key: ColumnKey; readonly lang?: string }
  | { readonly role: 'history'; readonly index: number; readonly header: string; readonly evaluation: string; readonly part: 'status' | 'note' }
  | { readonly role: 'extra'; readonly index: number; readonly header: string; readonly name: string }
  /** A column per status ("grün", "gelb", "rot"): a mark in it ("x", a dot, a fill) gives the measure that status. */
  | { readonly role: 'flag'; readonly index: number; readonly header: string; readonly status: string }
  /** Hidden by the editor, or marked internal in its header: not imported (see the options to take it). */
  | {
      readonly role: 'omitted';
      readonly index: number;
      readonly header: string;
      readonly reason: 'hidden' | 'internal';
      /** The hidden column holds statuses: leaving it out loses them, which the report says as an error. */
      readonly status?: boolean;
    };

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
const EXTRA_HEADER_PREFIX = 'Zusatz: ';
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

/** What a header cell says: one of our columns, or a status of the scale (a column per status, marked with "x"). */
function headerMeaning(
  text: string,
  mapping: ReadonlyMap<string, ColumnKey | 'extra'>,
  matchStatus?: StatusMatcher,
): ColumnKey | 'extra' | { status: string } | undefined {
  if (!text) return undefined;
  const column = columnForLooseHeader(text, mapping);
  if (column) return column;
  if (AMBIGUOUS_HEADERS.has(headerKey(text))) return 'objective';
  const status = matchStatus?.(text);
  return status ? { status } : undefined;
}

/** How much a row looks like the header of a measure table: the number of different columns of ours it names. */
function headerScore(row: readonly Cell[], mapping: ReadonlyMap<string, ColumnKey | 'extra'>, matchStatus?: StatusMatcher): number {
  const keys = new Set<string>();
  let flags = 0;
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const meaning = headerMeaning(cellText(cell), mapping, matchStatus);
    if (meaning === undefined || meaning === 'extra') continue;
    if (typeof meaning === 'object') flags++;
    else keys.add(meaning);
  }
  if (!keys.has('measure')) return 0;
  return keys.size + (flags >= 2 ? 1 : 0);
}

/**
 * The header row, found by what it says: of the top rows (a title, a logo line or "Stand: …" may
 * stand above it), the one that names a "Maßnahme" column and most other columns of ours.
 * Undefined when no row names a measure column and at least one more.
 */
export function findHeaderRow(rows: SheetRows, mapping: ReadonlyMap<string, ColumnKey | 'extra'>, scan = 40, matchStatus?: StatusMatcher): number | undefined {
  let best: { index: number; score: number } | undefined;
  for (let r = 0; r < Math.min(rows.length, scan); r++) {
    const score = headerScore(rows[r]!, mapping, matchStatus);
    if (score >= 2 && (!best || score > best.score)) best = { index: r, score };
  }
  return best?.index;
}

/** The best header score of a sheet (0: no measure table found). */
export function sheetScore(rows: SheetRows, mapping: ReadonlyMap<string, ColumnKey | 'extra'>, matchStatus?: StatusMatcher): number {
  const index = findHeaderRow(rows, mapping, 40, matchStatus);
  return index === undefined ? 0 : headerScore(rows[index]!, mapping, matchStatus);
}

/**
 * A second header row under the first that names a status per column ("Ampel" above, "grün",
 * "gelb", "rot" below): the index of that row, or undefined.
 */
export function findSubHeader(rows: SheetRows, headerIndex: number, matchStatus: StatusMatcher): number | undefined {
  const below = rows[headerIndex + 1];
  if (!below) return undefined;
  const statuses = below.filter((cell) => typeof cell === 'string' && matchStatus(cellText(cell)) !== undefined);
  const other = below.filter((cell) => !isEmptyCell(cell)).length - statuses.length;
  return statuses.length >= 2 && other === 0 ? headerIndex + 1 : undefined;
}

/** Headers that say a column is not for the public: it is left out unless the editor asks for it. */
const INTERNAL_HEADER =
  /\b(intern|interne[rsn]?|nicht\s+(zu\s+)?veröffentlich\w*|nicht\s+öffentlich|vertraulich|dienstgebrauch|nur\s+für\s+(die\s+)?verwaltung|internal|confidential|do\s+not\s+publish)\b/i;

function isInternalHeader(text: string): boolean {
  return INTERNAL_HEADER.test(text);
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

export interface PlanOptions {
  readonly mapping: ReadonlyMap<string, ColumnKey | 'extra'>;
  readonly lang: string;
  readonly evaluations: EvaluationBook;
  readonly sheet?: string;
  readonly matchStatus?: StatusMatcher;
  /** A second header row naming a status per column (see `findSubHeader`). */
  readonly subHeader?: number;
  /** Columns the editor has hidden (0-based). */
  readonly hiddenColumns?: ReadonlySet<number>;
  /** Take hidden columns, and columns marked internal, all the same. */
  readonly includeHidden?: boolean;
  readonly includeInternal?: boolean;
}

/** What each column of the header row means. */
export function planColumns(rows: SheetRows, headerIndex: number, options: PlanOptions, issues: SheetIssue[]): PlannedColumn[] {
  const header = rows[headerIndex] ?? [];
  const sub = options.subHeader !== undefined ? rows[options.subHeader] : undefined;
  const firstData = (options.subHeader ?? headerIndex) + 1;
  const width = Math.max(header.length, sub?.length ?? 0, ...rows.slice(firstData).map((r) => r.length));
  const planned: PlannedColumn[] = [];
  const used = new Set<string>();
  const extraNames = new Set<string>();
  const { sheet } = options;
  const hasObjective = header.some((cell) => columnForLooseHeader(cellText(cell), options.mapping) === 'objective');

  const asExtra = (index: number, text: string) =>
    planned.push({ role: 'extra', index, header: text || `Spalte ${columnLetter(index)}`, name: extraName(text, index, extraNames, issues, sheet) });

  for (let index = 0; index < width; index++) {
    const subText = sub ? cellText(sub[index]) : '';
    const text = cellText(header[index]) || subText;
    if (options.hiddenColumns?.has(index) && !options.includeHidden && (text || rows.slice(firstData).some((row) => !isEmptyCell(row[index])))) {
      const meant = text ? headerMeaning(text, options.mapping, options.matchStatus) : undefined;
      const status = meant === 'status' || (typeof meant === 'object' && meant !== null);
      planned.push({ role: 'omitted', index, header: text || `Spalte ${columnLetter(index)}`, reason: 'hidden', ...(status ? { status: true } : {}) });
      continue;
    }
    if (text && isInternalHeader(text) && !options.includeInternal) {
      planned.push({ role: 'omitted', index, header: text, reason: 'internal' });
      continue;
    }
    const flag = subText ? options.matchStatus?.(subText) : undefined;
    if (flag) {
      planned.push({ role: 'flag', index, header: subText, status: flag });
      continue;
    }
    if (!text) {
      // A column without header: kept if it holds anything.
      if (rows.slice(firstData).some((row) => !isEmptyCell(row[index]))) asExtra(index, '');
      continue;
    }
    const own = EXTRA_HEADER.exec(text);
    if (own) {
      planned.push({ role: 'extra', index, header: text, name: extraName(own[1]!.trim(), index, extraNames, issues, sheet) });
      continue;
    }
    const ambiguous = AMBIGUOUS_HEADERS.get(headerKey(text));
    let target = options.mapping.get(headerKey(text)) ?? (ambiguous ? (hasObjective ? ambiguous[1] : ambiguous[0]) : columnForHeader(text, options.mapping));
    let lang: string | undefined;
    if (!target) {
      const translated = languageColumn(text);
      const base = translated && columnForHeader(translated.base, options.mapping);
      if (translated && base && base !== 'extra' && TEXT_KEYS.has(base)) {
        target = base;
        if (translated.lang !== options.lang) lang = translated.lang;
      }
    }
    if (!target && !HISTORY_HEADER.test(text)) target = columnForLooseHeader(text, options.mapping);
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
    const status = options.matchStatus?.(text);
    if (status) {
      planned.push({ role: 'flag', index, header: text, status });
      continue;
    }
    asExtra(index, text);
  }
  return planned;
}
