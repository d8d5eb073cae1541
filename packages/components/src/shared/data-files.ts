/**
 * The part of "get the data" that runs on a click: the CSV writer and saving the file. Each element
 * imports it lazily through a small module of its own (`chart-data.ts` …) that adds the SDK's rows
 * for its view, so a page that never saves anything loads none of it, and the rows come with only
 * the code their element has loaded already.
 */
import { dataFileName, toCsv, type Concept, type CsvWords } from '@konzept-kit/sdk';
import type { DataKind, DataTable } from './download.js';
import type { KonzeptElement } from './konzept-element.js';

/** The header's words as the element shows them: the municipality's terms in the reader's language. */
function csvTerms(host: KonzeptElement, concept: Concept): Partial<CsvWords> {
  const term = (level: Parameters<KonzeptElement['term']>[1], plural = false) => host.term(concept, level, plural);
  return {
    field: term('actionField'),
    action: term('actionField'),
    crossCutting: term('crossCuttingField'),
    objective: term('objective'),
    measure: term('measure'),
    lead: term('lead'),
    partners: term('partners', true),
    unrated: host.t('common.unrated'),
  };
}

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

/** The CSV of what a view shows (`table`, given the header's words), or the whole export as JSON; named after the concept's title and version. */
export function saveData(kind: DataKind, host: KonzeptElement, concept: Concept, table: (words: Partial<CsvWords>) => DataTable): void {
  const lang = host.uiLanguage;
  if (kind === 'json') {
    saveFile(dataFileName(concept, '', 'json', lang), JSON.stringify(concept, null, 2) + '\n', 'application/json');
    return;
  }
  const { what, rows } = table(csvTerms(host, concept));
  saveFile(dataFileName(concept, what, 'csv', lang), toCsv(rows), 'text/csv;charset=utf-8');
}
