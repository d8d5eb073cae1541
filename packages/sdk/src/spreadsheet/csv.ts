/**
 * CSV as Excel writes it in Germany: semicolons, Windows-1252 (or UTF-8 with a BOM when saved as
 * "CSV UTF-8"), quoted cells with line breaks. Commas and tabs are read too.
 */
import Papa from 'papaparse';
import { cellText, germanDate, germanNumber, type Cell } from './cells.js';
import { decodeWindows1252 } from '../encoding.js';

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes)!, encoding: 'windows-1252' };
  }
}

/**
 * The separator of the header line, counted outside quotes: semicolon (German Excel), tab, or comma.
 * A header line needs at least one; a one-column sheet takes the semicolon.
 */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export interface CsvSheet {
  readonly rows: string[][];
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
}

/** Reads CSV from bytes (encoding detected) or from text already decoded. */
export function readCsv(input: Uint8Array | string): CsvSheet {
  const decoded: DecodedText =
    typeof input === 'string' ? { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' } : decodeText(input);
  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map(unguardFormula));
  // A file that ends with a line break gives one empty row at the end: that is no row of the sheet.
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return { rows, encoding: decoded.encoding, delimiter };
}

/**
 * Excel runs a CSV cell that starts with `=`, `+`, `-` or `@` as a formula ("CSV injection"). Text
 * that would is written with a leading apostrophe, which `readCsv` takes off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !/^[-+]?\d+([.,]\d+)?$/.test(text) ? `'${text}` : text;
}

function unguardFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One cell for CSV: quoted where it holds the separator, a quote or a line break. */
function csvCell(cell: Cell, delimiter: string): string {
  const text =
    typeof cell === 'string'
      ? guardFormula(cell)
      : cellText(cell instanceof Date ? germanDate(cellText(cell)) : typeof cell === 'number' ? germanNumber(cell) : cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV for German Excel: UTF-8 with a BOM (so Excel does not guess Windows-1252), semicolons,
 * CRLF line ends.
 */
export function writeCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>, delimiter = ';'): Uint8Array {
  const text = rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n');
  return new TextEncoder().encode(`\ufeff${text}\r\n`);
}
