/** The tables of the chart's bar views (bar-views.ts): per field, and per report. */
import { html, nothing, type TemplateResult } from 'lit';
import { chartSegments, conceptStats, fieldGroups, type Concept, type Evaluation, type FieldSort, type ProgressView } from '@konzept-kit/sdk';
import { growing, inParts, partKey } from '../shared/in-parts.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { statusLabel, type Looks } from './looks.js';
import { CHART_STEP, roundingNote, statusCells, totalCell } from './tables.js';

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
