/**
 * "Get the data" under the chart: the table of the view as CSV (the fields in the order shown; the
 * overview: the total; the progress view: one row per report), named as the table's caption. A
 * module of its own so the one-file build can leave it out (rollup.config.js).
 */
import type { nothing, TemplateResult } from 'lit';
import { fieldGroups, type Concept, type FieldSort } from '@konzept-kit/sdk';
import { renderDownloads } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { ChartView } from './ampel-chart.js';

export function renderChartDownloads(host: KonzeptElement, concept: Concept, view: ChartView, sort: FieldSort): TemplateResult | typeof nothing {
  const measures = host.term(concept, 'measure', true);
  const caption =
    view === 'progress'
      ? host.t('chart.progressCaption', { measures })
      : view === 'fields'
        ? host.t('chart.fieldsCaption', { measures, field: host.termInline(concept, 'actionField') })
        : host.t('chart.tableCaption', { measures });
  const lang = host.uiLanguage;
  const fieldIds = () => (view === 'fields' ? fieldGroups(concept, sort).flatMap((g) => g.fields.map((f) => f.id)) : []);
  return renderDownloads(
    host,
    concept,
    caption,
    () => import('./chart-data.js'),
    (m, words) => (view === 'progress' ? m.progressRows(concept, lang, words) : m.statsRows(concept, lang, fieldIds(), words)),
  );
}
