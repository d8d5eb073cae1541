/**
 * The part of "get the data" that runs on a click: the SDK's rows and CSV writer, and saving the
 * file. Imported lazily by shared/download.ts, so a page that never saves anything never loads it.
 */
import { dataFileName, diffRows, measureRows, overviewRows, progressRows, statsRows, statusChangeRows, toCsv, type Concept } from '@konzept-kit/sdk';
import type { DataKind, Rows } from './download.js';

/** The SDK's row functions a view picks from. */
export const ROWS = { diffRows, measureRows, overviewRows, progressRows, statsRows, statusChangeRows };

/** Saves `text` as a file named `name`: a Blob behind an object URL, clicked as a link with `download`. */
function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The CSV of what a view shows (`rows`), or the whole export as JSON; named after the concept's title and version. */
export function saveData(kind: DataKind, concept: Concept, what: string, lang: string, rows: (all: typeof ROWS) => Rows): void {
  if (kind === 'json') saveFile(dataFileName(concept, '', 'json', lang), JSON.stringify(concept, null, 2) + '\n', 'application/json');
  else saveFile(dataFileName(concept, what, 'csv', lang), toCsv(rows(ROWS)), 'text/csv;charset=utf-8');
}
