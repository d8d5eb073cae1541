/**
 * "Get the data" under the measures: those the reader's filter leaves (every page of them) as CSV,
 * made on the first click (measure-data.ts). A module of its own so the one-file build can leave it
 * out (rollup.config.js).
 */
import type { nothing, TemplateResult } from 'lit';
import type { Concept, MeasureEntry } from '@konzept-kit/sdk';
import { renderDownloads } from '../shared/download.js';
import type { KonzeptElement } from '../shared/konzept-element.js';

export function renderMeasureDownloads(host: KonzeptElement, concept: Concept, entries: readonly MeasureEntry[]): TemplateResult | typeof nothing {
  return renderDownloads(
    host,
    concept,
    () => import('./measure-data.js'),
    (m, words) => ({ what: host.term(concept, 'measure', true), rows: m.measureRows(concept, host.uiLanguage, entries, words) }),
  );
}
