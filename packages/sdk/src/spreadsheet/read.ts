/**
 * Any workbook file to `WorkbookData`: Excel (.xlsx, whoever wrote it) or LibreOffice (.ods), told
 * apart by what the ZIP archive holds; any other file is refused with a sentence that says what
 * it is and what to do.
 */
import { isOdsArchive, readOdsArchive } from './ods-read.js';
import { isXlsx, notAnXlsx, openWorkbookArchive, readXlsxArchive } from './xlsx-read.js';
import { SpreadsheetError, type WorkbookData } from './workbook.js';

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookData> {
  if (!isXlsx(bytes)) {
    throw new SpreadsheetError('unreadable', {
      de: 'Das ist keine Excel- oder LibreOffice-Tabelle (die Datei ist kein ZIP-Archiv).',
      en: 'This is no Excel or LibreOffice spreadsheet (the file is not a ZIP archive).',
    });
  }
  const zip = openWorkbookArchive(bytes);
  if (await isOdsArchive(zip)) return readOdsArchive(zip);
  if (zip.has('xl/workbook.xml') || zip.has('[Content_Types].xml')) return readXlsxArchive(zip);
  throw notAnXlsx(zip);
}
