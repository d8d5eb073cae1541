/** Plain-text tables for the terminal: padded columns, section rows, no colour (it must survive a pipe). */

export type Align = 'left' | 'right';

/** A row of cells, or a heading that spans the table (a group such as "Handlungsfelder"). */
export type Row = readonly string[] | { readonly heading: string };

const width = (text: string) => [...text].length;

export function renderTable(header: readonly string[], rows: readonly Row[], align: readonly Align[]): string {
  const cellRows = [header, ...rows.filter((r): r is readonly string[] => Array.isArray(r))];
  const widths = header.map((_, i) => Math.max(...cellRows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(header), rule];
  for (const row of rows) out.push(Array.isArray(row) ? line(row) : (row as { heading: string }).heading);
  return `${out.join('\n')}\n`;
}

/** Shortens a title for one line of output. */
export function clip(text: string, max = 90): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
