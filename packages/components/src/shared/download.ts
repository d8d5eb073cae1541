/**
 * "Get the data": a file made in the browser from what an element shows, saved with a link's
 * `download` attribute. No server, no request: the page's Content Security Policy needs nothing more
 * than it does for the element.
 */
import { html, type TemplateResult } from 'lit';
import { dataFileName, toCsv, type Concept, type CsvCell } from '@konzept-kit/sdk';
import type { KonzeptElement } from './konzept-element.js';

/** Saves `text` as a file named `name`. */
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

/** Buttons "Tabelle als CSV" and "Export als JSON" under a view: the CSV is what the view shows, the JSON the whole export. */
export function renderDownloads(host: KonzeptElement, concept: Concept, what: string, rows: () => readonly (readonly CsvCell[])[]): TemplateResult {
  const csv = () => saveFile(dataFileName(concept, what, 'csv'), toCsv(rows()), 'text/csv;charset=utf-8');
  const json = () => saveFile(dataFileName(concept, '', 'json'), JSON.stringify(concept, null, 2) + '\n', 'application/json');
  return html`<div class="downloads" part="downloads" role="group" aria-label=${host.t('data.heading')}>
    <span class="downloads__label" aria-hidden="true">${host.t('data.heading')}:</span>
    <button type="button" class="downloads__button" data-download="csv" @click=${csv}>${host.t('data.csv')}</button>
    <button type="button" class="downloads__button" data-download="json" @click=${json}>${host.t('data.json')}</button>
  </div>`;
}
