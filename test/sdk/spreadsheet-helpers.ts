/**
 * Helpers for the spreadsheet tests: workbooks built the way editors build them (with exceljs, as
 * Excel would save them), CSV bytes in Windows-1252, and the sample exports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parseConceptOrThrow, type Concept } from '@konzept-kit/sdk';
import type { Cell } from '@konzept-kit/sdk/spreadsheet';

/** A row of a sheet written as it reads: `'ID | Art | Handlungsfeld'`. */
export const cells = (row: string): string[] => row.split(' | ');

export const SAMPLES = ['konstanz-1.0', 'konstanz-2.0', 'loerrach', 'landshut'] as const;

export function samplePath(name: string): string {
  return fileURLToPath(new URL(`../../schema/examples/${name}.json`, import.meta.url));
}

export function sampleConcept(name: string): Concept {
  return parseConceptOrThrow(readFileSync(samplePath(name), 'utf8'));
}

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Ranges to merge, e.g. `B4:B6` (as editors do for a field spanning several rows). */
  merges?: string[];
}

/** An .xlsx file as Excel would save it, from rows of cells. */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
};

/** Text as Windows-1252 bytes, the way German Excel saves "CSV (Trennzeichen-getrennt)". */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const mapped = CP1252[ch];
    if (mapped === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return mapped;
  });
}

/** A parsed concept as plain JSON without `$schema` (a property of the file, not of the concept). */
export function plain(concept: Concept): Record<string, unknown> {
  const { $schema: _schema, ...rest } = JSON.parse(JSON.stringify(concept)) as Record<string, unknown>;
  return rest;
}
