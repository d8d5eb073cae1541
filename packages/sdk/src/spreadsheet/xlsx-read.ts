/**
 * Reading an .xlsx workbook, whoever wrote it (Excel, LibreOffice, openpyxl, Google Sheets, exceljs),
 * into plain rows of cells and how they look: fill and font colours (RGB, theme with tint,
 * indexed), merged ranges, hidden rows and columns, hidden sheets. Only the parts that carry this
 * are read (workbook, sheets, shared strings, styles, theme); comments, drawings and macros are not.
 */
import type { Cell } from './cells.js';
import { excelColour, INDEXED_COLOURS, OFFICE_THEME, type ColourAttributes } from './colours.js';
import { openZip, ZipError, type ZipArchive } from './unzip.js';
import { child, childElements, descendants, parseXml, textContent, type XmlElement } from './xml.js';
import { isXlsx, setAt, SpreadsheetError, XLSX_LIMITS, type CellRange, type SheetLook, type WorkbookData, type WorkbookSheet } from './workbook.js';
import { declaredUnpackedSize } from './zip.js';

export { SpreadsheetError, XLSX_LIMITS, type WorkbookData, type WorkbookSheet } from './workbook.js';

export { isXlsx } from './workbook.js';

const unreadable = (de: string, en: string) => new SpreadsheetError('unreadable', { de, en });

/** Checks size and directory before anything is unpacked; returns the opened archive. */
export function openWorkbookArchive(bytes: Uint8Array): ZipArchive {
  if (bytes.length > XLSX_LIMITS.bytes) {
    throw new SpreadsheetError('tooLarge', {
      de: `Die Datei hat ${bytes.length.toLocaleString('de-DE')} Bytes; gelesen werden höchstens ${XLSX_LIMITS.bytes.toLocaleString('de-DE')}.`,
      en: `The file has ${bytes.length.toLocaleString('en-GB')} bytes; at most ${XLSX_LIMITS.bytes.toLocaleString('en-GB')} are read.`,
    });
  }
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === undefined) {
    throw unreadable(
      'Die Datei ist beschädigt oder unvollständig (vielleicht beim Herunterladen oder Kopieren abgeschnitten). Bitte die Datei noch einmal aus der Quelle speichern.',
      'The file is damaged or incomplete (perhaps cut short while downloading or copying). Please save it again from its source.',
    );
  }
  if (unpacked > XLSX_LIMITS.unpackedBytes) {
    throw new SpreadsheetError('tooLarge', {
      de: `Die Arbeitsmappe wird entpackt ${unpacked.toLocaleString('de-DE')} Bytes groß; gelesen werden höchstens ${XLSX_LIMITS.unpackedBytes.toLocaleString('de-DE')}.`,
      en: `The workbook unpacks to ${unpacked.toLocaleString('en-GB')} bytes; at most ${XLSX_LIMITS.unpackedBytes.toLocaleString('en-GB')} are read.`,
    });
  }
  try {
    return openZip(bytes);
  } catch {
    throw unreadable('Die Datei ist beschädigt (das ZIP-Archiv ist nicht lesbar).', 'The file is damaged (its ZIP archive cannot be read).');
  }
}

/** Reads a part as XML; a damaged part is an unreadable workbook, named as such. */
export async function xmlPart(zip: ZipArchive, name: string): Promise<XmlElement | undefined> {
  let text: string | undefined;
  try {
    text = await zip.text(name);
  } catch (error) {
    if (error instanceof ZipError && error.reason === 'encrypted') {
      throw unreadable(
        'Die Datei ist mit einem Kennwort geschützt. Bitte ohne Kennwort speichern.',
        'The file is protected with a password. Please save it without one.',
      );
    }
    throw unreadable(`Ein Teil der Datei ist beschädigt (${name}).`, `A part of the file is damaged (${name}).`);
  }
  if (text === undefined) return undefined;
  try {
    return parseXml(text);
  } catch {
    throw unreadable(`Ein Teil der Datei ist beschädigt (${name}).`, `A part of the file is damaged (${name}).`);
  }
}

/** Where a relationship points, as a path inside the archive. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

async function relationships(zip: ZipArchive, part: string): Promise<Map<string, { type: string; target: string }>> {
  const dir = part.split('/').slice(0, -1).join('/');
  const file = `${dir ? `${dir}/` : ''}_rels/${part.split('/').at(-1)}.rels`;
  const xml = await xmlPart(zip, file);
  const map = new Map<string, { type: string; target: string }>();
  for (const rel of childElements(xml, 'Relationship')) {
    if (rel.attrs.TargetMode === 'External') continue;
    map.set(rel.attrs.Id ?? '', { type: rel.attrs.Type ?? '', target: resolveTarget(part, rel.attrs.Target ?? '') });
  }
  return map;
}

/** Built-in number formats that show a date. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

function isDateFormat(code: string): boolean {
  const plain = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(plain) && !/[#0?]/.test(plain.replace(/[dmyhs]/gi, ''));
}

interface Styles {
  /** Per cell style (`s`): fill colour, font colour, shows a date. */
  readonly xfs: ReadonlyArray<{ fill?: string; font?: string; date: boolean }>;
}

function colourAttrs(element: XmlElement | undefined): ColourAttributes | undefined {
  return element ? (element.attrs as ColourAttributes) : undefined;
}

async function readTheme(zip: ZipArchive, rels: Map<string, { type: string; target: string }>): Promise<string[]> {
  const part = [...rels.values()].find((r) => r.type.endsWith('/theme'))?.target ?? 'xl/theme/theme1.xml';
  const xml = await xmlPart(zip, part).catch(() => undefined);
  const scheme = xml && descendants(xml, 'clrScheme')[0];
  if (!scheme) return [...OFFICE_THEME];
  const colour = (name: string) => {
    const slot = child(scheme, name);
    const value = slot && childElements(slot)[0];
    if (!value) return undefined;
    return value.name === 'sysClr' ? (value.attrs.lastClr ?? (name === 'dk1' ? '000000' : 'FFFFFF')) : value.attrs.val;
  };
  // theme="0" is lt1 and "1" is dk1 (and 2/3 lt2/dk2): Excel swaps the scheme's first two pairs.
  const order = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
  return order.map((name, i) => colour(name) ?? OFFICE_THEME[i]!);
}

async function readStyles(zip: ZipArchive, part: string | undefined, theme: readonly string[]): Promise<Styles> {
  const xml = part ? await xmlPart(zip, part) : undefined;
  if (!xml) return { xfs: [] };
  const custom = childElements(child(child(xml, 'colors'), 'indexedColors'), 'rgbColor').map((e) => (e.attrs.rgb ?? '').slice(-6));
  const indexed = custom.length ? custom : INDEXED_COLOURS;
  const fills = childElements(child(xml, 'fills'), 'fill').map((fill) => {
    const pattern = child(fill, 'patternFill');
    if (pattern) {
      const type = pattern.attrs.patternType ?? (child(pattern, 'fgColor') ? 'solid' : 'none');
      if (type === 'none') return undefined;
      // Solid fills show fgColor; other patterns mix it with bgColor, fgColor still dominates.
      return excelColour(colourAttrs(child(pattern, 'fgColor')), theme, indexed) ?? excelColour(colourAttrs(child(pattern, 'bgColor')), theme, indexed);
    }
    const stop = descendants(fill, 'stop')[0];
    return excelColour(colourAttrs(child(stop, 'color')), theme, indexed);
  });
  const fonts = childElements(child(xml, 'fonts'), 'font').map((font) => {
    const colour = child(font, 'color');
    if (!colour || colour.attrs.auto === '1') return undefined;
    return excelColour(colourAttrs(colour), theme, indexed);
  });
  const customDates = new Set(
    childElements(child(xml, 'numFmts'), 'numFmt')
      .filter((f) => isDateFormat(f.attrs.formatCode ?? ''))
      .map((f) => Number(f.attrs.numFmtId)),
  );
  const xfs = childElements(child(xml, 'cellXfs'), 'xf').map((xf) => {
    const format = Number(xf.attrs.numFmtId ?? 0);
    return {
      fill: fills[Number(xf.attrs.fillId ?? 0)],
      font: fonts[Number(xf.attrs.fontId ?? 0)],
      date: DATE_FORMAT_IDS.has(format) || customDates.has(format),
    };
  });
  // The default font's colour is no statement: only colours that differ from it count.
  const base = fonts[0];
  return { xfs: xfs.map((x) => (x.font === base ? { ...x, font: undefined } : x)) };
}

function sharedStringText(si: XmlElement): string {
  // Phonetic runs (rPh) are reading aids, not text.
  return si.children.map((c) => (typeof c === 'string' ? '' : c.name === 't' ? textContent(c) : c.name === 'r' ? textContent(child(c, 't')) : '')).join('');
}

/** `B12` → { row: 11, column: 1 }. */
function reference(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

function range(text: string): CellRange | undefined {
  const [a, b = a] = text.split(':');
  const from = a && reference(a);
  const to = b && reference(b);
  return from && to ? { top: from.row, left: from.column, bottom: to.row, right: to.column } : undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_MS = Date.UTC(1904, 0, 1);

function serialDate(serial: number, date1904: boolean): Date | number {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return serial;
  return new Date((date1904 ? EXCEL_1904_MS : EXCEL_EPOCH_MS) + Math.round(serial * 86_400_000));
}

function readWorksheet(xml: XmlElement, name: string, strings: readonly string[], styles: Styles, date1904: boolean): Omit<WorkbookSheet, 'hidden'> {
  const rows: Cell[][] = [];
  const fills: Array<Array<string | undefined> | undefined> = [];
  const fonts: Array<Array<string | undefined> | undefined> = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  for (const col of childElements(child(xml, 'cols'), 'col')) {
    if (col.attrs.hidden !== '1' && col.attrs.hidden !== 'true') continue;
    const min = Number(col.attrs.min);
    const max = Math.min(Number(col.attrs.max), min + XLSX_LIMITS.columns);
    for (let c = min; c <= max; c++) hiddenColumns.push(c - 1);
  }
  let nextRow = 0;
  for (const row of childElements(child(xml, 'sheetData'), 'row')) {
    const r = row.attrs.r ? Number(row.attrs.r) - 1 : nextRow;
    nextRow = r + 1;
    if (r >= XLSX_LIMITS.rows) {
      throw new SpreadsheetError('tooLarge', {
        de: `Das Blatt "${name}" hat mehr als ${XLSX_LIMITS.rows.toLocaleString('de-DE')} Zeilen.`,
        en: `Sheet "${name}" has more than ${XLSX_LIMITS.rows.toLocaleString('en-GB')} rows.`,
      });
    }
    if (row.attrs.hidden === '1' || row.attrs.hidden === 'true') hiddenRows.push(r);
    const rowStyle = row.attrs.customFormat === '1' ? styles.xfs[Number(row.attrs.s ?? 0)] : undefined;
    let nextColumn = 0;
    const cells: Cell[] = [];
    for (const c of childElements(row, 'c')) {
      const at = c.attrs.r ? reference(c.attrs.r) : undefined;
      const column = at?.column ?? nextColumn;
      nextColumn = column + 1;
      if (column >= XLSX_LIMITS.columns) {
        throw new SpreadsheetError('tooLarge', {
          de: `Das Blatt "${name}" hat mehr als ${XLSX_LIMITS.columns} Spalten.`,
          en: `Sheet "${name}" has more than ${XLSX_LIMITS.columns} columns.`,
        });
      }
      const style = c.attrs.s !== undefined ? styles.xfs[Number(c.attrs.s)] : rowStyle;
      if (style?.fill) setAt(fills, r, column, style.fill);
      if (style?.font) setAt(fonts, r, column, style.font);
      const type = c.attrs.t ?? 'n';
      const v = child(c, 'v');
      let value: Cell = null;
      if (type === 's') value = v ? (strings[Number(textContent(v))] ?? null) : null;
      else if (type === 'inlineStr') {
        const is = child(c, 'is');
        value = is ? sharedStringText(is) : null;
      } else if (type === 'str' || type === 'e') value = v ? textContent(v) : null;
      else if (type === 'b') value = v ? textContent(v) === '1' : null;
      else if (type === 'd') {
        const date = v ? new Date(textContent(v)) : undefined;
        value = date && !Number.isNaN(date.getTime()) ? date : null;
      } else if (v && textContent(v).trim() !== '') {
        const n = Number(textContent(v));
        value = Number.isFinite(n) ? (style?.date ? serialDate(n, date1904) : n) : textContent(v);
      }
      if (value !== null && value !== '') cells[column] = value;
    }
    if (cells.length) rows[r] = Array.from(cells, (cell) => cell ?? null);
  }
  const merges = childElements(child(xml, 'mergeCells'), 'mergeCell')
    .map((m) => range(m.attrs.ref ?? ''))
    .filter((m): m is CellRange => m !== undefined);
  const look: SheetLook = { fills, fonts, merges, hiddenRows, hiddenColumns };
  return { name, rows: Array.from(rows, (r) => r ?? []), look };
}

/** Reads every worksheet of an .xlsx file. Throws `SpreadsheetError` for what is no readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  if (!isXlsx(bytes)) {
    throw unreadable(
      'Das ist keine Excel-Arbeitsmappe (.xlsx): die Datei ist kein ZIP-Archiv.',
      'This is no Excel workbook (.xlsx): the file is not a ZIP archive.',
    );
  }
  return readXlsxArchive(openWorkbookArchive(bytes));
}

/** Reads the worksheets of an opened .xlsx archive. */
export async function readXlsxArchive(zip: ZipArchive): Promise<WorkbookData> {
  const rootRels = await relationships(zip, '');
  const workbookPart = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = await xmlPart(zip, workbookPart);
  if (!workbook || workbook.name !== 'workbook') throw notAnXlsx(zip);
  const rels = await relationships(zip, workbookPart);
  const partOf = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const theme = await readTheme(zip, rels);
  const styles = await readStyles(zip, partOf('/styles'), theme);
  const sst = await xmlPart(zip, partOf('/sharedStrings') ?? 'xl/sharedStrings.xml');
  const strings = childElements(sst, 'si').map(sharedStringText);
  const date1904 = ['1', 'true'].includes(child(workbook, 'workbookPr')?.attrs.date1904 ?? '');

  const sheets: WorkbookSheet[] = [];
  for (const entry of childElements(child(workbook, 'sheets'), 'sheet')) {
    const target = rels.get(entry.attrs.id ?? '')?.target;
    if (!target) continue;
    const xml = await xmlPart(zip, target);
    // Chart sheets and dialog sheets hold no cells.
    if (!xml || xml.name !== 'worksheet') continue;
    const sheet = readWorksheet(xml, entry.attrs.name ?? `Blatt ${sheets.length + 1}`, strings, styles, date1904);
    const hidden = entry.attrs.state === 'hidden' || entry.attrs.state === 'veryHidden';
    sheets.push({ ...sheet, ...(hidden ? { hidden } : {}) });
  }
  return { sheets, format: 'xlsx' };
}

/** What to say about a ZIP archive that holds no Excel workbook: an .ods, a .docx, or something else. */
export function notAnXlsx(zip: ZipArchive): SpreadsheetError {
  if (zip.has('word/document.xml')) {
    return unreadable(
      'Das ist ein Word-Dokument (.docx), keine Tabelle. Bitte die Excel- oder LibreOffice-Tabelle wählen.',
      'This is a Word document (.docx), not a spreadsheet. Please choose the Excel or LibreOffice sheet.',
    );
  }
  if (zip.has('ppt/presentation.xml')) {
    return unreadable('Das ist eine PowerPoint-Präsentation, keine Tabelle.', 'This is a PowerPoint presentation, not a spreadsheet.');
  }
  return unreadable(
    'Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx) und keine LibreOffice-Tabelle (.ods). Bitte die Tabelle selbst wählen (in Excel: "Speichern unter" → "Excel-Arbeitsmappe").',
    'The file is a ZIP archive, but no Excel workbook (.xlsx) and no LibreOffice spreadsheet (.ods). Please choose the spreadsheet itself (in Excel: "Save as" → "Excel Workbook").',
  );
}
