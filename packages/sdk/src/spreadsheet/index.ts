/**
 * `@konzept-kit/sdk/spreadsheet`: the Ampeldokument as a spreadsheet, in and out. A separate entry
 * so element bundles never pull in the spreadsheet code (or exceljs, which is loaded on first use
 * of an .xlsx function only). Works in Node and in the browser: bytes in, bytes out.
 */
import { AMPEL_SCALE, type Concept, type StatusScale } from '@konzept-kit/concept-schema';
import { textOf } from '../text.js';
import { writeCsv } from './csv.js';
import { COLUMN_BY_KEY, COLUMNS } from './columns.js';
import { conceptTables, measureTable, TEMPLATE_KEYS, type SheetTable } from './export.js';
import { statusWord } from './status.js';
import { writeWorkbook } from './xlsx-write.js';
import type { WorkbookData } from './workbook.js';

export { readCsv, decodeText, detectDelimiter, writeCsv, type CsvSheet, type TextEncodingName } from './csv.js';
export { isXlsx, XLSX_LIMITS, SpreadsheetError, type WorkbookData, type WorkbookSheet, type SheetLook, type CellRange } from './workbook.js';
export { colourReader, type ColourMap } from './colours.js';
export type { StatusSource } from './status-read.js';
export { importSheet, importRows, importWorkbook, type SheetImportOptions, type SheetImportResult, type SheetMapping, type ImportSummary } from './import.js';
export { formatSheetIssue, SDK_REMEDIES, type Remedies, type RemedyKey, type SheetIssue, type SheetIssueCode, type SheetIssueKind } from './issues.js';
export { COLUMNS, COLUMN_KEYS, headerKey, type ColumnKey, type ColumnSpec } from './columns.js';
export { measureTable, conceptTables, TEMPLATE_KEYS, type SheetTable } from './export.js';
export { parseDate, parseNumber, parseTimeframe, formatTimeframe, splitList, type Cell, type SheetRows } from './cells.js';
export type { SheetLayout, PlannedColumn } from './layout.js';

function statusWords(scale: StatusScale, lang: string): string[] {
  return scale.statuses.map((s) => statusWord(scale, s.id, lang));
}

/** Each status word with its colour (where the scale gives one), for the fill of the status cells. */
function statusColours(scale: StatusScale, lang: string): Array<{ word: string; color: string }> {
  return scale.statuses.flatMap((s) => (s.color && /^#[0-9a-fA-F]{6}$/.test(s.color) ? [{ word: statusWord(scale, s.id, lang), color: s.color }] : []));
}

/** Reads an .xlsx or .ods workbook (told apart by content) into sheets of cells and their look. Loaded on first use. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookData> {
  return (await import('./read.js')).readWorkbook(bytes);
}

/** Reads an .xlsx workbook, whoever wrote it. Throws `SpreadsheetError` for what is no readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<WorkbookData> {
  return (await import('./xlsx-read.js')).readXlsx(bytes);
}

/** Reads a LibreOffice / OpenDocument spreadsheet (.ods). */
export async function readOds(bytes: Uint8Array): Promise<WorkbookData> {
  return (await import('./ods-read.js')).readOds(bytes);
}

/** The measure sheet as CSV for German Excel: UTF-8 with BOM, semicolons. Only the measure sheet: CSV has no other sheets. */
export function exportCsv(concept: Concept): Uint8Array {
  return writeCsv(measureTable(concept).rows);
}

/** The concept as an .xlsx workbook: Maßnahmen, Konzept, Statusskala, the lists it has, and the Anleitung. */
export function exportXlsx(concept: Concept): Promise<Uint8Array> {
  const tables: SheetTable[] = [measureTable(concept), ...conceptTables(concept)];
  return writeWorkbook(tables, {
    statusWords: statusWords(concept.statusScale, concept.language),
    statusColours: statusColours(concept.statusScale, concept.language),
    instructions: instructions(),
    title: textOf(concept.title, concept.language),
  });
}

/** The empty template editors start from: the columns, a status drop-down, a Konzept sheet to fill in, the Anleitung. */
export function templateXlsx(): Promise<Uint8Array> {
  const header = TEMPLATE_KEYS.map((key) => COLUMN_BY_KEY.get(key)!.header);
  const scale: StatusScale = AMPEL_SCALE;
  const konzept: SheetTable = {
    name: 'Konzept',
    rows: [
      ['Angabe', 'Wert'],
      ['Titel', null],
      ['Kommune', null],
      ['Version', '1.0'],
      ['Art der Kommune', null],
      ['Beschlossen am', null],
      ['Beschlossen von', null],
    ],
  };
  return writeWorkbook([{ name: 'Maßnahmen', rows: [header], keys: TEMPLATE_KEYS }, konzept], {
    statusWords: statusWords(scale, 'de'),
    statusColours: statusColours(scale, 'de'),
    minRows: 1000,
    instructions: instructions(),
    title: 'Ampeldokument – Vorlage',
    // Fixed, so `npm run template` only changes the committed file when its content changes.
    fixedDate: new Date(Date.UTC(2025, 0, 1)),
  });
}

/** The "Anleitung" sheet, in German: what goes where, and what the importer does with it. */
export function instructions(): string[] {
  const columnLines = COLUMNS.map((c) => `${c.header}: ${c.help}`);
  return [
    'Anleitung: Ampeldokument als Tabelle',
    'Dieses Blatt erklärt die Vorlage. Eine Zeile im Blatt "Maßnahmen" ist eine Maßnahme. Die Werkstatt (werkstatt.html im Download) oder der Befehl "konzept import DATEI.xlsx -o konzept.json" macht daraus den Export für die Web-Komponenten; "konzept export konzept.json --format xlsx" schreibt ihn wieder als Tabelle.',
    'So füllen Sie die Tabelle aus:',
    '1. Jede Zeile mit einem Eintrag in "Maßnahme" wird eine Maßnahme. Handlungsfeld, Oberziel und Unterziel dürfen leer bleiben, wenn sie gleich der Zeile darüber sind (auch verbundene Zellen gehen).',
    '2. Status: grün (umgesetzt), gelb (in Arbeit) oder rot (nicht umgesetzt), am besten aus der Auswahlliste; die Zelle färbt sich dann in der Farbe des Status. Groß- und Kleinschreibung sind egal; "gruen", "umgesetzt", "in Umsetzung" gehen auch. Eine Tabelle, die den Status nur als Füllfarbe der Zelle oder der Zeile führt, liest der Import ebenfalls.',
    '3. Stand: das Datum der Bewertung, z. B. 28.03.2025.',
    '4. Mehrere Kooperationspartner oder Zielgruppen: je eine Zeile in der Zelle (Alt+Eingabe) oder durch Semikolon getrennt.',
    '5. Eigene Spalten sind erlaubt: Sie werden bei der Maßnahme als Zusatzangabe übernommen.',
    '6. Eine Zeile ohne Maßnahme, aber mit Handlungsfeld oder Unterziel, legt nur das Feld oder Unterziel an (z. B. Ziele ohne Maßnahmen). Steht dort eine Kennzahl, gehört sie zum Unterziel.',
    '7. Zeilen, die nicht übernommen werden können (z. B. Angaben ohne Titel der Maßnahme), nennt der Import mit Zeilennummer und Grund.',
    '8. Das Blatt "Konzept" enthält Titel, Kommune und Version. Ohne Blatt "Statusskala" gilt die Ampel (grün, gelb, rot). Andere Stufen: ein Blatt "Statusskala" mit den Spalten ID, Bezeichnung, Beschreibung, Farbe, Gilt als umgesetzt, Ohne Bewertung (so schreibt es der Export).',
    'Kennungen (ID):',
    'Steht in "ID" nichts, erzeugt der Import eine Kennung aus der Position (z. B. sprache-1-3: Handlungsfeld Sprache, Unterziel 1, Maßnahme 3). Sie bleibt gleich, solange die Reihenfolge gleich bleibt. Damit eine Maßnahme ihre Kennung behält, wenn Zeilen eingefügt werden, lassen Sie die ID stehen, die der Export schreibt. Der Export schreibt auch "Feld-ID" und "Unterziel-ID"; bei neuen Feldern oder Unterzielen bleiben sie leer.',
    'Frühere Berichte:',
    'Spalten "Status 15.10.2019 (eval-2019-10)" und "Bemerkung 15.10.2019 (eval-2019-10)" enthalten die Bewertung in einem früheren Ampeldokument. Eine neue Spalte "Status TT.MM.JJJJ" legt einen weiteren Bericht an.',
    'Übersetzungen:',
    'Eine Spalte "Maßnahme (en)" neben "Maßnahme" enthält den englischen Text (ebenso für Handlungsfeld, Oberziel, Unterziel, Beschreibung, Bemerkung, Federführung).',
    'Die Spalten:',
    ...columnLines,
  ];
}
export { checkFile, checkJsonText, conceptWarnings, looksLikeJson, type FileCheck, type FileProblem, type CheckFileOptions } from './check-file.js';
