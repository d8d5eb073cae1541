/**
 * One cell as editors fill it in, turned into the value the export wants: text without stray
 * spaces, dates from Excel serial numbers or German writing, numbers with a decimal comma, lists
 * split at line breaks, semicolons or commas, timeframes such as "2024–2026" or "ab 2025".
 */
import { isRealDate, isRealPartialDate } from '@konzept-kit/concept-schema';

/** What a spreadsheet cell can hold once read: CSV gives strings, Excel also numbers, dates and booleans. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A sheet as rows of cells, the first row or one of the next few holding the column headers. */
export type SheetRows = ReadonlyArray<ReadonlyArray<Cell>>;

/** Excel counts days from 30 December 1899 (the 1900 leap-year bug folded in for dates after February 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of 1 January 1950 and 31 December 2150: a plain number outside this range is no date. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 91_676;

/** The text of a cell: trimmed, non-breaking spaces made plain, line breaks kept, `''` for nothing. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDate(cell) ?? '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nein';
  return cell
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}

export function isEmptyCell(cell: Cell): boolean {
  return cellText(cell) === '';
}

/** `YYYY-MM-DD` of a Date as Excel meant it: readers give dates at UTC midnight for the calendar day. */
function isoDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // A date with a time of day late in the evening UTC is a local midnight east of Greenwich.
  const shifted = new Date(date.getTime() + (date.getUTCHours() >= 12 ? DAY_MS : 0));
  const y = shifted.getUTCFullYear();
  const m = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const d = String(shifted.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return undefined;
  return isoDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

const TWO_DIGIT_YEAR_PIVOT = 70;

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 2) return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
  return n;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A calendar date `YYYY-MM-DD` from a Date cell, an Excel serial number (as number or as text, the
 * way a CSV saved from Excel can carry it), `28.03.2025`, `28.3.25`, `2025-03-28` or `28/03/2025`.
 */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === 'number') return excelSerialToIso(cell);
  const text = cellText(cell);
  if (!text) return undefined;
  if (/^\d{5}(\.0+)?$/.test(text)) return excelSerialToIso(Number(text));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  if (m) return checked(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  return undefined;
}

function checked(y: number, m: number, d: number): string | undefined {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDate(iso) ? iso : undefined;
}

/** `28.03.2025`: how German editors read a date. */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * A number as German or English editors write it: `1.234,5`, `1234,5`, `1,234.5`, `45 %`.
 * A dot followed by exactly three digits is read as a German thousands separator (`1.500` is 1500).
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  let text = cellText(cell).replace(/\s+/g, '').replace(/%$/, '');
  if (!text || !/^[-+]?[\d.,]+$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if ((text.match(/,/g) ?? []).length > 1) text = text.replace(/,/g, '');
    else text = text.replace(',', '.');
  } else if (lastDot >= 0 && /^[-+]?\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '');
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A number for a German sheet: decimal comma, no thousands separator (so it reads back the same). */
export function germanNumber(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * A list in one cell. Line breaks win (they are what our export writes, and names may contain
 * commas); otherwise semicolons; otherwise commas.
 */
export function splitList(cell: Cell): string[] {
  const text = cellText(cell);
  if (!text) return [];
  const separator = text.includes('\n') ? '\n' : text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A list written so `splitList` gives it back: one item a line. A single item with a comma gets a
 * trailing semicolon, or it would come back split at the comma.
 */
export function joinList(items: readonly string[]): string {
  const joined = items.join('\n');
  return items.length === 1 && joined.includes(',') && !joined.includes(';') ? `${joined};` : joined;
}

export interface Timeframe {
  start?: string;
  end?: string;
  text?: string;
}

/** `2024`, `03.2024` or `03/2024`, `01.03.2024`, or the ISO forms: a partial date `YYYY[-MM[-DD]]`. */
function parsePartialDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return isRealPartialDate(t) ? t : undefined;
  let m = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (m) {
    const iso = `${m[2]}-${pad(Number(m[1]))}`;
    return isRealPartialDate(iso) ? iso : undefined;
  }
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return isRealPartialDate(t) ? t : undefined;
  return parseDate(t);
}

/** The way `parsePartialDate` reads it back: `2024`, `03.2024`, `01.03.2024`. */
function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${m}.${y}`;
  return y!;
}

const RANGE = /^(.+?)\s*(?:[–—-]|\bbis\b)\s*(.+)$/i;

/**
 * A timeframe from a cell: `2024–2026`, `2024 - 2026`, `2024 bis 2026`, `ab 2025`, `seit 03.2024`,
 * `bis 2026`, `2025`, `laufend`, or dates followed by words: `ab 04.2018, fortlaufend`. What is
 * not a date stays as the timeframe's text (shown beside the dates, as the elements do).
 */
export function parseTimeframe(cell: Cell): Timeframe | undefined {
  const text = cellText(cell);
  if (!text) return undefined;
  const whole = readTimeframeDates(text);
  if (whole.start || whole.end) return whole;
  const split = /^(.+?)\s*(?:[,;·]\s*|\()(.+?)\)?$/.exec(text);
  if (split) {
    const dates = readTimeframeDates(split[1]!);
    if (dates.start || dates.end) return { ...dates, text: split[2]!.trim() };
  }
  return { text };
}

function readTimeframeDates(text: string): Pick<Timeframe, 'start' | 'end'> {
  const single = parsePartialDate(text);
  if (single) return { start: single, end: single };
  let m = /^(?:ab|seit|von|from|since)\s+(.+)$/i.exec(text);
  if (m) {
    const start = parsePartialDate(m[1]!);
    if (start) return { start };
  }
  m = /^(?:bis|until|to)\s+(.+)$/i.exec(text);
  if (m) {
    const end = parsePartialDate(m[1]!);
    if (end) return { end };
  }
  m = RANGE.exec(text.replace(/^(?:von|from)\s+/i, ''));
  if (m) {
    const start = parsePartialDate(m[1]!);
    const end = parsePartialDate(m[2]!);
    if (start && end) return { start, end };
  }
  return {};
}

/** A timeframe for a sheet: `2024–2026`, `ab 2025`, `bis 2026`, then its text: `ab 04.2018, fortlaufend`. */
export function formatTimeframe(timeframe: Timeframe | undefined): string {
  if (!timeframe) return '';
  const { start, end, text } = timeframe;
  let dates = '';
  if (start && end) dates = start === end ? formatPartialDate(start) : `${formatPartialDate(start)}–${formatPartialDate(end)}`;
  else if (start) dates = `ab ${formatPartialDate(start)}`;
  else if (end) dates = `bis ${formatPartialDate(end)}`;
  return [dates, text].filter(Boolean).join(', ');
}

/** Yes/no as editors write it: ja, x, true, 1, ✓ / nein, false, 0, -. */
export function parseYesNo(cell: Cell): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const text = cellText(cell).toLowerCase();
  if (['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1', '✓', '✔'].includes(text)) return true;
  if (['nein', 'n', 'no', 'false', 'falsch', '0', '-', '–'].includes(text)) return false;
  return undefined;
}
