/**
 * "Get the data" under a view, as Datawrapper offers under each chart: the table the view shows as
 * CSV (for German Excel: byte order mark, semicolons, formulas defused) and the whole export as
 * JSON, made in the browser (a Blob behind an object URL; no server, no request, nothing the page's
 * Content Security Policy must allow). The buttons are all that loads with an element; the rows,
 * the CSV writer and the saving load on the first click (the element's `…-data.ts`, which adds its
 * rows to shared/data-files.ts).
 * `no-downloads` on the element (or `::part(downloads) { display: none }`) hides them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Concept, CsvCell, CsvWords } from '@konzept-kit/sdk';
import { NO_DOWNLOADS, type KonzeptElement } from './konzept-element.js';
import type { saveData } from './data-files.js';

export type DataKind = 'csv' | 'json';
export type Rows = readonly (readonly CsvCell[])[];
/** What a view shows as a table: the rows, and the word that names the file ("massnahmen"). */
export interface DataTable {
  readonly what: string;
  readonly rows: Rows;
}
/** What an element's lazily imported data module gives: the saving, and the SDK's rows for its views. */
export interface DataModule {
  readonly saveData: typeof saveData;
}

/**
 * The buttons "Tabelle (CSV)" and "Export (JSON)" under a view. `load` imports the element's data
 * module on the first click; `table` makes the view's table with it (everything else waits for the click too).
 */
export function renderDownloads<M extends DataModule>(
  host: KonzeptElement,
  concept: Concept,
  load: () => Promise<M>,
  table: (module: M, words: Partial<CsvWords>) => DataTable,
): TemplateResult | typeof nothing {
  if (host.hasAttribute(NO_DOWNLOADS)) return nothing;
  const save = (kind: DataKind) => () => void load().then((m) => m.saveData(kind, host, concept, (words) => table(m, words)));
  return html`<div class="downloads" part="downloads" role="group" aria-label=${host.t('data.heading')}>
    <span class="downloads__label" aria-hidden="true">${host.t('data.heading')}:</span>
    <button type="button" class="button" data-download="csv" @click=${save('csv')}>${host.t('data.csv')}</button>
    <button type="button" class="button" data-download="json" @click=${save('json')}>${host.t('data.json')}</button>
  </div>`;
}
