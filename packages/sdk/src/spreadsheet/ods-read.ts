/**
 * Reading a LibreOffice / OpenOffice spreadsheet (.ods, OpenDocument) the way `readXlsx` reads
 * Excel: plain cells, background and font colours, merged (spanned) cells, hidden (collapsed)
 * rows and columns, hidden sheets. Comments (annotations) are not cell text.
 */
import type { Cell } from './cells.js';
import { normaliseHex } from './colours.js';
import type { ZipArchive } from './unzip.js';
import { setAt, SpreadsheetError, XLSX_LIMITS, type CellRange, type WorkbookData, type WorkbookSheet } from './workbook.js';
import { child, childElements, descendants, type XmlElement } from './xml.js';
import { openWorkbookArchive, xmlPart } from './xlsx-read.js';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** The archive is an OpenDocument spreadsheet (its `mimetype` part says so). */
export async function isOdsArchive(zip: ZipArchive): Promise<boolean> {
  const mime = await zip.text('mimetype').catch(() => undefined);
  return mime?.trim() === ODS_MIME || (mime === undefined && zip.has('content.xml') && !zip.has('xl/workbook.xml'));
}

interface CellStyle {
  fill?: string;
  font?: string;
}

function styleTable(...roots: Array<XmlElement | undefined>): Map<string, CellStyle> {
  const raw = new Map<string, { parent?: string; fill?: string; font?: string; display?: string }>();
  for (const root of roots) {
    for (const style of descendants(root, 'style')) {
      const name = style.attrs.name;
      if (!name) continue;
      const background = child(style, 'table-cell-properties')?.attrs['background-color'];
      const colour = child(style, 'text-properties')?.attrs.color;
      raw.set(name, {
        parent: style.attrs['parent-style-name'],
        fill: background && background !== 'transparent' ? normaliseHex(background) : undefined,
        font: colour ? normaliseHex(colour) : undefined,
        display: child(style, 'table-properties')?.attrs.display,
      });
    }
  }
  const resolved = new Map<string, CellStyle & { display?: string }>();
  const resolve = (name: string, depth = 0): CellStyle & { display?: string } => {
    const known = resolved.get(name);
    if (known) return known;
    const own = raw.get(name);
    if (!own) return {};
    const parent = own.parent && depth < 10 ? resolve(own.parent, depth + 1) : {};
    const result = { fill: own.fill ?? parent.fill, font: own.font ?? parent.font, display: own.display };
    resolved.set(name, result);
    return result;
  };
  for (const name of raw.keys()) resolve(name);
  return resolved;
}

/** The text of a cell: its paragraphs joined by line breaks, spaces and tabs as written, no annotations. */
function cellText(cell: XmlElement): string {
  const inline = (e: XmlElement): string =>
    e.children
      .map((c) => {
        if (typeof c === 'string') return c;
        if (c.name === 's') return ' '.repeat(Math.min(Number(c.attrs.c ?? 1) || 1, 1000));
        if (c.name === 'tab') return '\t';
        if (c.name === 'line-break') return '\n';
        if (c.name === 'annotation' || c.name === 'note') return '';
        return inline(c);
      })
      .join('');
  return childElements(cell)
    .filter((c) => c.name === 'p' || c.name === 'h' || c.name === 'list')
    .map(inline)
    .join('\n');
}

function cellValue(cell: XmlElement): Cell {
  const a = cell.attrs;
  switch (a['value-type']) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(a.value);
      return Number.isFinite(n) ? n : cellText(cell) || null;
    }
    case 'date': {
      const date = a['date-value']
        ? new Date(/T|Z/.test(a['date-value']) ? `${a['date-value']}Z`.replace(/ZZ$/, 'Z') : `${a['date-value']}T00:00:00Z`)
        : undefined;
      return date && !Number.isNaN(date.getTime()) ? date : cellText(cell) || null;
    }
    case 'boolean':
      return a['boolean-value'] === 'true';
    default: {
      const text = cellText(cell);
      return text === '' ? null : text;
    }
  }
}

/** Rows and columns repeated this often are the empty rest of the sheet, not data. */
const REPEAT_CAP = 1000;

function readTable(table: XmlElement, styles: Map<string, CellStyle & { display?: string }>): WorkbookSheet {
  const name = table.attrs.name ?? 'Tabelle';
  const rows: Cell[][] = [];
  const fills: Array<Array<string | undefined> | undefined> = [];
  const fonts: Array<Array<string | undefined> | undefined> = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];
  const columnStyles: Array<string | undefined> = [];

  const walkColumns = (parent: XmlElement) => {
    for (const e of childElements(parent)) {
      if (e.name === 'table-column') {
        const repeat = Math.min(Number(e.attrs['number-columns-repeated'] ?? 1) || 1, REPEAT_CAP);
        for (let i = 0; i < repeat && columnStyles.length < XLSX_LIMITS.columns; i++) {
          if (e.attrs.visibility === 'collapse' || e.attrs.visibility === 'filter') hiddenColumns.push(columnStyles.length);
          columnStyles.push(e.attrs['default-cell-style-name']);
        }
      } else if (e.name === 'table-column-group' || e.name === 'table-columns' || e.name === 'table-header-columns') walkColumns(e);
    }
  };
  walkColumns(table);

  let r = 0;
  const walkRows = (parent: XmlElement) => {
    for (const e of childElements(parent)) {
      if (e.name === 'table-row-group' || e.name === 'table-rows' || e.name === 'table-header-rows') {
        walkRows(e);
        continue;
      }
      if (e.name !== 'table-row') continue;
      const repeat = Math.min(Number(e.attrs['number-rows-repeated'] ?? 1) || 1, REPEAT_CAP);
      const hidden = e.attrs.visibility === 'collapse' || e.attrs.visibility === 'filter';
      const cells: Cell[] = [];
      const rowFills: Array<string | undefined> = [];
      const rowFonts: Array<string | undefined> = [];
      const spans: CellRange[] = [];
      let c = 0;
      for (const cell of childElements(e)) {
        if (cell.name !== 'table-cell' && cell.name !== 'covered-table-cell') continue;
        const times = Math.min(Number(cell.attrs['number-columns-repeated'] ?? 1) || 1, REPEAT_CAP);
        const styleName = cell.attrs['style-name'] ?? e.attrs['default-cell-style-name'];
        const value = cell.name === 'table-cell' ? cellValue(cell) : null;
        for (let i = 0; i < times && c < XLSX_LIMITS.columns; i++, c++) {
          const style = styles.get(styleName ?? columnStyles[c] ?? '') ?? {};
          if (value !== null) cells[c] = value;
          if (style.fill) rowFills[c] = style.fill;
          if (style.font) rowFonts[c] = style.font;
        }
        const across = Number(cell.attrs['number-columns-spanned'] ?? 1) || 1;
        const down = Number(cell.attrs['number-rows-spanned'] ?? 1) || 1;
        if (across > 1 || down > 1) spans.push({ top: 0, left: c - times, bottom: down - 1, right: c - times + across - 1 });
      }
      const empty = cells.length === 0;
      // A long run of identical empty rows is the sheet's unused rest.
      const count = empty && repeat >= REPEAT_CAP ? 0 : repeat;
      for (let i = 0; i < count; i++, r++) {
        if (r >= XLSX_LIMITS.rows) {
          throw new SpreadsheetError('tooLarge', {
            de: `Das Blatt "${name}" hat mehr als ${XLSX_LIMITS.rows.toLocaleString('de-DE')} Zeilen.`,
            en: `Sheet "${name}" has more than ${XLSX_LIMITS.rows.toLocaleString('en-GB')} rows.`,
          });
        }
        if (!empty) rows[r] = Array.from(cells, (x) => x ?? null);
        rowFills.forEach((fill, column) => fill && setAt(fills, r, column, fill));
        rowFonts.forEach((font, column) => font && setAt(fonts, r, column, font));
        if (hidden) hiddenRows.push(r);
        for (const s of spans) merges.push({ top: r, left: s.left, bottom: r + s.bottom, right: s.right });
      }
      if (count === 0) r += repeat;
    }
  };
  walkRows(table);
  const tableStyle = styles.get(table.attrs['style-name'] ?? '');
  return {
    name,
    rows: Array.from(rows, (row) => row ?? []),
    look: { fills, fonts, merges, hiddenRows, hiddenColumns },
    ...(tableStyle?.display === 'false' ? { hidden: true } : {}),
  };
}

/** Reads every sheet of an .ods archive. */
export async function readOdsArchive(zip: ZipArchive): Promise<WorkbookData> {
  const content = await xmlPart(zip, 'content.xml');
  if (!content) {
    throw new SpreadsheetError('unreadable', {
      de: 'Die LibreOffice-Tabelle (.ods) ist beschädigt: ihr Inhalt fehlt.',
      en: 'The LibreOffice spreadsheet (.ods) is damaged: its content is missing.',
    });
  }
  const styles = styleTable(await xmlPart(zip, 'styles.xml').catch(() => undefined), child(content, 'automatic-styles'));
  const spreadsheet = descendants(content, 'spreadsheet')[0];
  const sheets = childElements(spreadsheet, 'table').map((t) => readTable(t, styles));
  return { sheets, format: 'ods' };
}

/** Reads an .ods file. Throws `SpreadsheetError` for what is no readable spreadsheet. */
export async function readOds(bytes: Uint8Array): Promise<WorkbookData> {
  return readOdsArchive(openWorkbookArchive(bytes));
}
