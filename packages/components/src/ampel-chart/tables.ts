/**
 * The numbers of `<ampel-chart>` as real tables: always in the accessibility tree (visually hidden
 * until the reader asks for the table), one per view.
 */
import { growing, inParts, partKey } from '../shared/in-parts.js';
import { html, nothing, type TemplateResult } from 'lit';
import {
  chartSegments,
  conceptStats,
  fieldGroups,
  type ChartSegment,
  type Concept,
  type Distribution,
  type Evaluation,
  type FieldSort,
  type ProgressView,
} from '@konzept-kit/sdk';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { statusLabel, type Looks } from './looks.js';

/** Fields per part in the fields view and its table ("show more" adds as many): a bar costs more than a line of text. */
export const CHART_STEP = 50;

function countCell(host: KonzeptElement, count: number, percent: number): TemplateResult {
  return html`${host.formatNumber(count)} <span class="cell-percent">(${host.formatPercent(percent)})</span>`;
}

/**
 * Equal counts show equal percents (see the SDK's `roundPercentages`), so a row can add up to 99 or
 * 101 %: the caption says why, as a council report's footnote does.
 */
function roundingNote(host: KonzeptElement, rows: readonly Distribution[]): TemplateResult | typeof nothing {
  // The caption is a phrase ("Maßnahmen nach Status"); before the note's sentence it ends with a full stop.
  return rows.some((d) => d.total > 0 && d.percentSum !== 100) ? html`. <span class="table__note">${host.t('chart.roundingNote')}</span>` : nothing;
}

/** The total of a row, with the sum of its percents where that is not 100. */
function totalCell(host: KonzeptElement, d: Distribution): TemplateResult {
  const off = d.total > 0 && d.percentSum !== 100;
  return html`<td>${host.formatNumber(d.total)}${off ? html` <span class="cell-percent">(${host.t('chart.sum', { percent: host.formatPercent(d.percentSum) })})</span>` : nothing}</td>`;
}

/** One cell per status column: count and percent. */
function statusCells(host: KonzeptElement, columns: ReadonlyArray<string | undefined>, segments: readonly ChartSegment[]): TemplateResult[] {
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

export function fieldsTable(host: KonzeptElement, concept: Concept, sort: FieldSort, looks: Looks): TemplateResult {
  const groups = fieldGroups(concept, sort);
  const stats = conceptStats(concept);
  const columns = chartSegments(concept, stats).map((s) => s.statusId);
  const bodies = groups.map((g) => {
    // In parts, as the chart's rows (2,000 fields are valid).
    const part = inParts(host, g.fields, partKey(concept, `table:${g.kind}`), CHART_STEP);
    return html`<tbody>
      <tr><th scope="colgroup" colspan=${columns.length + 2} class="table__group">${host.renderTerm(concept, g.kind === 'action' ? 'actionField' : 'crossCuttingField', true)}</th></tr>
      ${growing(
        part.items,
        (f) => html`<tr>
          <th scope="row">${host.renderText(concept, f.title)}</th>
          ${statusCells(host, columns, f.segments)}
          ${totalCell(host, f)}
        </tr>`,
      )}
      ${part.more === nothing ? nothing : html`<tr class="more-row"><td colspan=${columns.length + 2}>${part.more}</td></tr>`}
    </tbody>`;
  });
  return html`<table part="table">
    <caption id="table-caption">
      ${host.t('chart.fieldsCaption', { measures: host.term(concept, 'measure', true), field: host.termInline(concept, 'actionField') })}${roundingNote(host, [
        stats,
        ...stats.fields,
      ])}
    </caption>
    <thead><tr>
      <th scope="col">${host.renderTerm(concept, 'actionField')}</th>
      ${columns.map((id) => html`<th scope="col">${statusLabel(looks.get(id)!)}</th>`)}
      <th scope="col">${host.t('chart.total')}</th>
    </tr></thead>
    ${bodies}
    <tfoot><tr><th scope="row">${host.t('chart.total')}</th>${statusCells(host, columns, chartSegments(concept, stats))}${totalCell(host, stats)}</tr></tfoot>
  </table>`;
}

export function progressTable(host: KonzeptElement, concept: Concept, view: ProgressView, looks: Looks, nameOf: (e: Evaluation) => unknown): TemplateResult {
  const { snapshots, latest } = view;
  const columns = [...new Set(snapshots.flatMap((snap) => snap.segments.map((s) => s.statusId)))];
  const signed = (n: number) => host.formatNumber(n, { signDisplay: 'exceptZero' });
  // In parts, as the chart's rows (thousands of reports are valid).
  const part = inParts(host, snapshots, partKey(concept, 'table:progress'), CHART_STEP);
  return html`<table part="table">
    <caption id="table-caption">
      ${host.t('chart.progressCaption', { measures: host.term(concept, 'measure', true) })}${roundingNote(
        host,
        snapshots.map((snap) => snap.distribution),
      )}
    </caption>
    <thead><tr>
      <th scope="col">${host.t('chart.report')}</th>
      ${columns.map((id) => html`<th scope="col">${statusLabel(looks.get(id)!)}</th>`)}
      <th scope="col">${host.t('chart.total')}</th>
    </tr></thead>
    <tbody>${growing(
      part.items,
      (snap) => html`<tr>
        <th scope="row">${nameOf(snap.evaluation)}${snap.evaluation.title ? html` <span class="row__date">${host.formatDate(snap.evaluation.date)}</span>` : nothing}</th>
        ${statusCells(host, columns, snap.segments)}
        ${totalCell(host, snap.distribution)}
      </tr>`,
    )}
    ${part.more === nothing ? nothing : html`<tr class="more-row"><td colspan=${columns.length + 2}>${part.more}</td></tr>`}</tbody>
    <tfoot><tr>
      <th scope="row">${host.t('chart.change')}</th>
      ${columns.map((id) => html`<td>${id !== undefined ? signed(latest.delta[id] ?? 0) : ''}</td>`)}
      <td>${signed(latest.after.total - latest.before.total)}</td>
    </tr></tfoot>
  </table>`;
}
