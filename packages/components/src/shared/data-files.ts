/**
 * The part of "get the data" that runs on a click: the CSV writer and saving the file. Each element
 * imports it lazily through a small module of its own (`chart-data.ts` …) that adds the SDK's rows
 * for its view, so a page that never saves anything loads none of it, and the rows come with only
 * the code their element has loaded already.
 */
import { dataFileName, toCsv, type Concept } from '@konzept-kit/sdk';
import type { DataKind, Rows } from './download.js';

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
export function saveData(kind: DataKind, concept: Concept, what: string, lang: string, rows: () => Rows): void {
  if (kind === 'json') saveFile(dataFileName(concept, '', 'json', lang), JSON.stringify(concept, null, 2) + '\n', 'application/json');
  else saveFile(dataFileName(concept, what, 'csv', lang), toCsv(rows()), 'text/csv;charset=utf-8');
}
