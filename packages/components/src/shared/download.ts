/**
 * "Get the data" under a view, as Datawrapper offers under each chart: the table the view shows as
 * CSV (for German Excel: byte order mark, semicolons, formulas defused) and the whole export as
 * JSON, made in the browser (a Blob behind an object URL; no server, no request, nothing the page's
 * Content Security Policy must allow). The buttons are all that loads with an element; the rows,
 * the CSV writer and the saving load on the first click (shared/data-files.ts).
 * `no-downloads` on the element (or `::part(downloads) { display: none }`) hides them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Concept, CsvCell, CsvWords } from '@konzept-kit/sdk';
import type { KonzeptElement } from './konzept-element.js';
import type { ROWS } from './data-files.js';

export type DataKind = 'csv' | 'json';
export type Rows = readonly (readonly CsvCell[])[];
/** Makes the rows of what a view shows, from the SDK's row functions (loaded on the first click) and the element's words. */
export type RowsFrom = (rows: typeof ROWS, words: Partial<CsvWords>) => Rows;

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

/** The attribute with which a host page hides the buttons. */
export const NO_DOWNLOADS = 'no-downloads';

/** The buttons "Tabelle (CSV)" and "Export (JSON)" under a view; `what` names the file ("massnahmen"). */
export function renderDownloads(host: KonzeptElement, concept: Concept, what: string, rows: RowsFrom): TemplateResult | typeof nothing {
  if (host.hasAttribute(NO_DOWNLOADS)) return nothing;
  const save = (kind: DataKind) => () => {
    const lang = host.uiLanguage;
    const words = csvTerms(host, concept);
    void import('./data-files.js').then((files) => files.saveData(kind, concept, what, lang, (all) => rows(all, words)));
  };
  return html`<div class="downloads" part="downloads" role="group" aria-label=${host.t('data.heading')}>
    <span class="downloads__label" aria-hidden="true">${host.t('data.heading')}:</span>
    <button type="button" class="button" data-download="csv" @click=${save('csv')}>${host.t('data.csv')}</button>
    <button type="button" class="button" data-download="json" @click=${save('json')}>${host.t('data.json')}</button>
  </div>`;
}
