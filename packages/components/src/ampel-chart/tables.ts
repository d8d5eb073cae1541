/**
 * The numbers of `<ampel-chart>` as real tables, one per view, shown instead of the chart when the
 * reader asks for the table: the overview's here, with the cells all share (this module loads when
 * the reader asks for the table or is about to); those of the bar views in bar-tables.ts (loaded with them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { chartSegments, type ChartSegment, type Concept, type Distribution } from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { statusLabel, type Looks } from './looks.js';
import './tables.i18n.js';

export { tableStyles } from './tables.styles.js';

/** Fields per part in the fields view and its table ("show more" adds as many): a bar costs more than a line of text. */
export const CHART_STEP = 50;

export function countCell(host: KonzeptElement, count: number, percent: number): TemplateResult {
  return html`${host.formatNumber(count)} <span class="cell-percent">(${host.formatPercent(percent)})</span>`;
}

/**
 * Equal counts show equal percents (see the SDK's `roundPercentages`), so a row can add up to 99 or
 * 101 %: the caption says why, as a council report's footnote does.
 */
export function roundingNote(host: KonzeptElement, rows: readonly Distribution[]): TemplateResult | typeof nothing {
  // The caption is a phrase ("Maßnahmen nach Status"); before the note's sentence it ends with a full stop.
  return rows.some((d) => d.total > 0 && d.percentSum !== 100) ? html`. <span class="table__note">${host.t('chart.roundingNote')}</span>` : nothing;
}

/** The total of a row, with the sum of its percents where that is not 100. */
export function totalCell(host: KonzeptElement, d: Distribution): TemplateResult {
  const off = d.total > 0 && d.percentSum !== 100;
  return html`<td>${host.formatNumber(d.total)}${off ? html` <span class="cell-percent">(${host.t('chart.sum', { percent: host.formatPercent(d.percentSum) })})</span>` : nothing}</td>`;
}

/** One cell per status column: count and percent. */
export function statusCells(host: KonzeptElement, columns: ReadonlyArray<string | undefined>, segments: readonly ChartSegment[]): TemplateResult[] {
  return columns.map((id) => {
    const s = segments.find((x) => x.statusId === id);
    return html`<td>${countCell(host, s?.count ?? 0, s?.percent ?? 0)}</td>`;
  });
}

export function overviewTable(host: KonzeptElement, concept: Concept, d: Distribution, looks: Looks): TemplateResult {
  const rows = chartSegments(concept, d).map(
    (s) => html`<tr>
      <th scope="row">${statusLabel(looks.get(s.statusId)!)}</th>
      <td>${host.formatNumber(s.count)}</td>
      <td>${host.formatPercent(s.percent)}</td>
    </tr>`,
  );
  return html`<table part="table">
    <caption id="table-caption">${host.t('chart.tableCaption', { measures: host.term(concept, 'measure', true) })}${roundingNote(host, [d])}</caption>
    <thead><tr><th scope="col">${host.t('chart.status')}</th><th scope="col">${host.t('chart.count')}</th><th scope="col">${host.t('chart.share')}</th></tr></thead>
    <tbody>${rows}</tbody>
    <tfoot><tr><th scope="row">${host.t('chart.total')}</th><td>${host.formatNumber(d.total)}</td><td>${host.formatPercent(d.percentSum)}</td></tr></tfoot>
  </table>`;
}
