/**
 * Loaded on the first click on "get the data" (shared/download.ts): the chart's table as CSV rows
 * (the fields in the order shown and the total; the overview: the total; the progress view: one row
 * per report), named as the table's caption, and the saving.
 */
import { fieldGroups, progressRows, statsRows, type Concept, type CsvWords, type FieldSort } from '@konzept-kit/sdk';
import type { DataTable } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { ChartView } from './ampel-chart.js';

export { saveData } from '../shared/data-files.js';

export function chartTable(host: KonzeptElement, concept: Concept, view: ChartView, sort: FieldSort, words: Partial<CsvWords>): DataTable {
  const measures = host.term(concept, 'measure', true);
  const lang = host.uiLanguage;
  if (view === 'progress') return { what: host.t('chart.progressCaption', { measures }), rows: progressRows(concept, lang, words) };
  if (view !== 'fields') return { what: host.t('chart.tableCaption', { measures }), rows: statsRows(concept, lang, [], words) };
  return {
    what: host.t('chart.fieldsCaption', { measures, field: host.termInline(concept, 'actionField') }),
    rows: statsRows(
      concept,
      lang,
      fieldGroups(concept, sort).flatMap((g) => g.fields.map((f) => f.id)),
      words,
    ),
  };
}
