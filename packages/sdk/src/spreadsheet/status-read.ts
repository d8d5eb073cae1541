/**
 * Where a measure's status comes from in the sheets offices keep: the word in the status column
 * ("grün", "umgesetzt", 🟢, ✓), a coloured sign there (a green "●"), the fill colour of the status
 * cell, a mark in a column per status ("x" under "gelb"), or the colour of the measure's row. When
 * something is there but cannot be read, the status is lost and the report says so: never
 * silently.
 */
import { cellText, isEmptyCell } from './cells.js';
import type { ColourReader } from './colours.js';
import { isPlainMark, type StatusMatcher } from './status.js';
import { isBlankFill, type SheetRow } from './sheet-rows.js';

export type StatusSource = 'text' | 'symbol' | 'fill' | 'flag' | 'row';

export type StatusFinding =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'found';
      readonly value: string;
      readonly source: StatusSource;
      /** The text of the status cell, when it is no status but the colour is: kept under extra. */
      readonly aside?: string;
      /** Text and colour disagree: the text counts, and the report says so. */
      readonly conflict?: { readonly colourSays: string };
    }
  | { readonly kind: 'lost'; readonly raw: string; readonly why: 'word' | 'colour' | 'mark' | 'marks' };

export interface StatusColumns {
  readonly status?: { readonly index: number; readonly header: string };
  readonly flags: ReadonlyArray<{ readonly index: number; readonly header: string; readonly status: string }>;
  readonly measureIndex?: number;
  /** Read the row's colour when nothing else gives a status (the sheet keeps its Ampel as row colours). */
  readonly rowColours: boolean;
}

/**
 * Whether a sheet keeps its Ampel as row colours: rows coloured in at least two different statuses
 * (a single pale green on every other row is banding, not an Ampel).
 */
export function hasRowColours(rows: readonly SheetRow[], columns: StatusColumns, readColour: ColourReader): boolean {
  const seen = new Set<string>();
  for (const row of rows) {
    const id = rowColour(row, columns, readColour);
    if (id) seen.add(id);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** The status a row's colour gives: the measure cell's fill, else the fill most of its coloured cells share. */
function rowColour(row: SheetRow, columns: StatusColumns, readColour: ColourReader): string | undefined {
  const own = columns.measureIndex !== undefined ? readColour(row.fills[columns.measureIndex]) : undefined;
  if (own) return own;
  const votes = new Map<string, number>();
  for (const fill of row.fills) {
    const id = readColour(fill);
    if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : undefined;
}

export function readRowStatus(row: SheetRow, columns: StatusColumns, matchStatus: StatusMatcher, readColour: ColourReader): StatusFinding {
  const status = columns.status;
  if (status) {
    const cell = row.cells[status.index];
    const text = cellText(cell);
    const fill = row.fills[status.index];
    const fillSays = readColour(fill);
    if (text) {
      const word = matchStatus(text);
      if (word) return { kind: 'found', value: word, source: 'text', ...(fillSays && fillSays !== word ? { conflict: { colourSays: fillSays } } : {}) };
      if (isPlainMark(text)) {
        const sign = readColour(row.fonts[status.index]) ?? fillSays;
        return sign ? { kind: 'found', value: sign, source: 'symbol' } : { kind: 'lost', raw: text, why: 'mark' };
      }
      if (fillSays) return { kind: 'found', value: fillSays, source: 'fill', aside: text };
      return { kind: 'lost', raw: text, why: 'word' };
    }
    if (fillSays) return { kind: 'found', value: fillSays, source: 'fill' };
    if (!isBlankFill(fill)) return { kind: 'lost', raw: fill!, why: 'colour' };
  }
  if (columns.flags.length) {
    const marked = columns.flags.filter((f) => !isEmptyCell(row.cells[f.index]) || readColour(row.fills[f.index]) !== undefined);
    if (marked.length === 1) return { kind: 'found', value: marked[0]!.status, source: 'flag' };
    if (marked.length > 1) {
      const statuses = new Set(marked.map((f) => f.status));
      if (statuses.size === 1) return { kind: 'found', value: marked[0]!.status, source: 'flag' };
      return { kind: 'lost', raw: marked.map((f) => f.header).join(', '), why: 'marks' };
    }
  }
  if (columns.rowColours) {
    const id = rowColour(row, columns, readColour);
    if (id) return { kind: 'found', value: id, source: 'row' };
  }
  return { kind: 'none' };
}
