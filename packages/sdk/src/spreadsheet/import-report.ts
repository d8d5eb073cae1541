/**
 * The report lines of an import that are about the sheet as a whole: rows set aside (blank, hidden,
 * legend, summary, note, heading), columns left out (hidden, internal), where the statuses came
 * from, and a sheet without a header we understand. Each is an issue with its kind, sheet and row.
 */
import { cellText } from './cells.js';
import { sheetIssue, type SheetIssue, type SheetIssueCode } from './issues.js';
import type { PlannedColumn } from './layout.js';
import type { PreparedRows, SkippedReason } from './sheet-rows.js';
import type { StatusSource } from './status-read.js';
import type { WorkbookData, WorkbookSheet } from './workbook.js';

/** Names of the skipped-row reasons, for the report. */
const SKIPPED_WORDS: Record<SkippedReason, { code: SheetIssueCode; de: string; en: string }> = {
  blank: { code: 'blankRows', de: 'Leere Zeile', en: 'Blank row' },
  hidden: {
    code: 'hiddenRow',
    de: 'Ausgeblendete Zeile: nicht übernommen (eingeblendet schon)',
    en: 'Hidden row: not imported (it is once unhidden)',
  },
  legend: { code: 'legend', de: 'Legende der Ampel: keine Maßnahme, übersprungen', en: 'Legend of the Ampel: no measure, skipped' },
  summary: { code: 'summaryRow', de: 'Summen- oder Auszählungszeile: keine Maßnahme, übersprungen', en: 'Summary or count row: no measure, skipped' },
  note: { code: 'noteRow', de: 'Anmerkung unter oder in der Tabelle: keine Maßnahme, übersprungen', en: 'Note below or inside the table: no measure, skipped' },
  heading: { code: 'heading', de: 'Zwischenüberschrift: keine Maßnahme, übersprungen', en: 'Heading between the measures: no measure, skipped' },
};

export function reportSkipped(prepared: PreparedRows, issues: SheetIssue[], sheet: string | undefined, lastData: number) {
  const blank = prepared.skipped.filter((s) => s.reason === 'blank' && s.row < lastData).map((s) => s.row);
  if (blank.length) {
    const list = blank.length > 12 ? `${blank.slice(0, 12).join(', ')} …` : blank.join(', ');
    issues.push(sheetIssue('info', 'blankRows', `Leere Zeilen übersprungen: ${list}.`, `Blank rows skipped: ${list}.`, { sheet }));
  }
  for (const skipped of prepared.skipped) {
    if (skipped.reason === 'blank') continue;
    const words = SKIPPED_WORDS[skipped.reason];
    const named = skipped.reason === 'hidden' && skipped.measure !== undefined;
    const text = !named && skipped.text ? ` ("${skipped.text.split('\n')[0]!.slice(0, 60)}")` : '';
    issues.push(
      sheetIssue(skipped.reason === 'hidden' ? 'warning' : 'info', words.code, `${words.de}${text}.`, `${words.en}${text}.`, {
        sheet,
        row: skipped.row,
        ...(named ? { measure: skipped.measure } : {}),
        ...(skipped.reason === 'hidden' ? { remedy: 'includeHidden' as const } : {}),
      }),
    );
  }
  for (const join of prepared.joins) {
    issues.push(
      sheetIssue(
        'info',
        'mergedRows',
        `Die Maßnahme ist über die Zeilen ${join.rows.join(', ')} verbunden: eine Maßnahme.`,
        `The measure is merged over rows ${join.rows.join(', ')}: one measure.`,
        { sheet, row: join.rows[0], measure: join.title },
      ),
    );
  }
}

export function reportOmittedColumns(columns: readonly PlannedColumn[], issues: SheetIssue[], sheet: string | undefined, headerRow: number) {
  for (const column of columns) {
    if (column.role !== 'omitted') continue;
    const hidden = column.reason === 'hidden';
    if (column.status) {
      issues.push(
        sheetIssue(
          'error',
          'hiddenColumn',
          'Status verloren: Die Spalte mit dem Status ist ausgeblendet und wird darum nicht gelesen. Eingeblendet wird sie gelesen.',
          'Statuses lost: the status column is hidden and so not read. Once unhidden, it is read.',
          { sheet, column: column.header, row: headerRow, remedy: 'includeHidden' },
        ),
      );
      continue;
    }
    issues.push(
      sheetIssue(
        'warning',
        hidden ? 'hiddenColumn' : 'internalColumn',
        hidden
          ? 'Ausgeblendete Spalte: nicht übernommen und nicht veröffentlicht (eingeblendet schon).'
          : 'Die Spalte ist als intern gekennzeichnet: nicht übernommen und nicht veröffentlicht.',
        hidden ? 'Hidden column: not imported and not published (once unhidden, it is).' : 'The column is marked internal: not imported and not published.',
        { sheet, column: column.header, row: headerRow, remedy: hidden ? 'includeHidden' : 'includeInternal' },
      ),
    );
  }
}

export function reportStatusSources(from: Partial<Record<StatusSource, number>>, issues: SheetIssue[], sheet: string | undefined) {
  const words: Record<StatusSource, [string, string]> = {
    text: ['aus dem Text der Statusspalte', 'from the text of the status column'],
    symbol: ['aus der Farbe eines Zeichens (●)', 'from the colour of a sign (●)'],
    fill: ['aus der Füllfarbe der Statuszelle', 'from the fill colour of the status cell'],
    flag: ['aus dem Kreuz in einer Spalte je Status', 'from the mark in a column per status'],
    row: ['aus der Farbe der Zeile oder der Maßnahmenzelle', 'from the colour of the row or the measure cell'],
  };
  const parts = (Object.entries(from) as Array<[StatusSource, number]>).filter(([source, n]) => n > 0 && source !== 'text');
  if (!parts.length) return;
  const de = parts.map(([source, n]) => `${n} ${words[source][0]}`).join(', ');
  const en = parts.map(([source, n]) => `${n} ${words[source][1]}`).join(', ');
  issues.push(sheetIssue('info', 'statusSource', `Status gelesen: ${de}.`, `Statuses read: ${en}.`, { sheet }));
}

/** No header row found: what the top of the sheet says, the other sheets, and what helps. */
export function noHeaderIssue(sheet: WorkbookSheet, workbook: WorkbookData | undefined, named: boolean): SheetIssue {
  const top = sheet.rows
    .slice(0, 5)
    .map((row) => row.map(cellText).filter(Boolean).slice(0, 8).join(', '))
    .filter(Boolean)[0];
  const others = (workbook?.sheets ?? []).filter((s) => s !== sheet).map((s) => `"${s.name}"`);
  const hint = !named && others.length ? ` Andere Blätter: ${others.join(', ')}.` : '';
  const hintEn = !named && others.length ? ` Other sheets: ${others.join(', ')}.` : '';
  return sheetIssue(
    'error',
    'noHeader',
    `Keine Kopfzeile mit einer Spalte "Maßnahme" und weiteren Spalten (Handlungsfeld, Ziel, Status …) gefunden (oben steht: ${top || 'nichts'}). Heißen die Spalten anders, hilft eine Überschrift "Maßnahme" über der Spalte der Maßnahmentitel.${hint}`,
    `No header row with a column "Maßnahme" and further columns (Handlungsfeld, Ziel, Status …) found (at the top: ${top || 'nothing'}). If the columns have other names, a header "Maßnahme" above the column of measure titles helps.${hintEn}`,
    { sheet: sheet.name || undefined, remedy: 'mapping' },
  );
}
