/**
 * "Get the data" under the chart (its table is made on the first click, chart-data.ts). A module of
 * its own so the one-file build can leave it out (rollup.config.js).
 */
import type { nothing, TemplateResult } from 'lit';
import type { Concept, FieldSort } from '@konzept-kit/sdk';
import { renderDownloads } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import type { ChartView } from './ampel-chart.js';

export function renderChartDownloads(host: KonzeptElement, concept: Concept, view: ChartView, sort: FieldSort): TemplateResult | typeof nothing {
  return renderDownloads(
    host,
    concept,
    () => import('./chart-data.js'),
    (m, words) => m.chartTable(host, concept, view, sort, words),
  );
}
