/**
 * The chart's bar views: one bar per field (`view="fields"`) and one per report (`view="progress"`),
 * with their tables. Loaded when the chart shows one of them (shared/on-demand.ts): a page with the
 * overview's donut does not load them.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { donePercent, fieldGroups, progressView, type ChartSegment, type Concept, type Distribution, type Evaluation, type FieldSort } from '@konzept-kit/sdk';
import { growing, inParts, partKey } from '../shared/in-parts.js';
import { cssProps } from '../shared/css-props.js';
import type { KonzeptElement } from '../shared/konzept-element.js';
import { addChoices, classes, sameSelection, withinSelection, type Selection } from './choice.js';
import { lookLabel, type Look, type Looks } from './looks.js';
import { CHART_STEP } from './tables.js';
import { fieldsTable, progressTable } from './bar-tables.js';
import { renderChartDownloads } from './chart-downloads.js';
import './bar-views.i18n.js';

export { barStyles } from './bar-views.styles.js';
export { tableStyles } from './tables.js';

/** What the bar views use of their chart, made by the chart for each render (so neither module imports the other). */
export interface BarChart {
  readonly host: KonzeptElement;
  readonly concept: Concept;
  readonly looks: Looks;
  readonly sort: FieldSort;
  /** The chosen part of the chart, if any. */
  readonly selection: Selection | undefined;
  /** What choosing each part sends, by its `data-key`. */
  readonly choices: ReadonlyMap<string, Selection>;
  choose(detail: Selection): void;
  /** "87 % umgesetzt", or nothing when the scale has no done status. */
  doneText(d: Distribution): string;
  /** The heading of the column of percentages beside the bars. */
  doneHeading(): TemplateResult | typeof nothing;
  /** The drawing, its legend, the switch to the table and the table. */
  body(chart: TemplateResult, legend: TemplateResult, table: TemplateResult): TemplateResult;
  legend(d: Distribution, deltas?: ReadonlyMap<string, number>): TemplateResult;
  message(text: string): TemplateResult;
}

/** What choosing each part of a bar view sends, by its key: each field's name and its segments; each report's segments. */
export function barChoices(choices: Map<string, Selection>, concept: Concept, view: 'fields' | 'progress', sort: FieldSort): void {
  if (view === 'progress') {
    for (const snap of progressView(concept)?.snapshots ?? []) addChoices(choices, snap.segments, `e:${snap.evaluation.id}:`);
    return;
  }
  for (const g of fieldGroups(concept, sort)) {
    for (const f of g.fields) {
      choices.set(`f:${f.id}`, { fieldId: f.id });
      addChoices(choices, f.segments, `f:${f.id}:`, { fieldId: f.id });
    }
  }
}

const BAR_HEIGHT = 28;
/**
 * Percent positions along a bar: shares 0…1 onto 0…100 %. Not d3-scale: for this one linear map it
 * would bring d3-color, d3-format and d3-interpolate (about 8 KB gzip) into the uploaded file.
 */
const barScale = (share: number): number => Math.min(100, Math.max(0, share * 100));

/**
 * One stacked bar. `facets` say where it belongs (for dimming what is not chosen); what choosing a
 * segment sends comes from the choices under `keyPrefix`.
 */
function renderBar(
  c: BarChart,
  segments: readonly ChartSegment[],
  options: {
    keyPrefix: string;
    name: string;
    facets: Selection;
    segmentName: (s: ChartSegment, look: Look) => string;
  },
): TemplateResult {
  const { host, looks } = c;
  const rtl = host.direction === 'rtl';
  const shapes = segments
    .filter((s) => s.count > 0)
    .map((s) => {
      const look = looks.get(s.statusId)!;
      const facets: Selection = { ...options.facets, statusId: s.statusId };
      const dim = !withinSelection(c.selection, facets);
      // Right to left, the bar starts at the right as the text does.
      const x = barScale(rtl ? 1 - s.start - s.share : s.start);
      const width = barScale(s.share);
      const digits = String(s.count).length;
      const pillWidth = 10 + 7 * digits;
      const pill =
        s.share >= 0.05
          ? svg`<svg x="50%" y=${BAR_HEIGHT / 2} overflow="visible" class=${s.share >= 0.1 ? 'pill' : 'pill pill--wide'}>
              <rect class="pill__bg" x=${-pillWidth / 2} y="-9" width=${pillWidth} height="18" rx="9"></rect>
              <text class="pill__text" text-anchor="middle" dominant-baseline="central">${host.formatNumber(s.count)}</text>
            </svg>`
          : nothing;
      const body = svg`<svg x="${x}%" width="${width}%" height=${BAR_HEIGHT} overflow="visible">
          <rect class="segment__fill" width="100%" height="100%" style=${cssProps({ fill: look.color })}></rect>
          <rect class="segment__pattern" width="100%" height="100%" fill=${look.pattern}></rect>
          ${pill}
        </svg>`;
      const key = `${options.keyPrefix}s:${s.statusId}`;
      const detail = c.choices.get(key);
      if (!detail) return svg`<g class=${classes('segment', { dim })} aria-hidden="true">${body}</g>`;
      const pressed = sameSelection(c.selection, detail);
      return svg`<g class=${classes('segment', { dim })} part="segment" role="button" data-key=${key} tabindex="-1"
        aria-pressed=${pressed ? 'true' : 'false'} aria-label=${options.segmentName(s, look)}
        @click=${() => c.choose(detail)}>
        ${body}${pressed ? svg`<rect class="segment__chosen" x="${x}%" width="${width}%" y=${BAR_HEIGHT + 3} height="4"></rect>` : nothing}
      </g>`;
    });
  return html`<svg class="bar" part="bar" width="100%" height=${BAR_HEIGHT + 8} role="group" aria-label=${options.name}>${shapes}</svg>`;
}

/** One bar per field, grouped by kind (`view="fields"`), and its table. */
export function renderFields(c: BarChart): { chart: TemplateResult; table: TemplateResult } {
  const { host, concept, looks } = c;
  const groups = fieldGroups(concept, c.sort);
  const noMeasures = host.termCount(concept, 'measure', 0);
  const fieldTerm = host.termInline(concept, 'actionField');
  const rendered = groups.map((group, gi) => {
    const heading = host.renderTerm(concept, group.kind === 'action' ? 'actionField' : 'crossCuttingField', true);
    // In parts of CHART_STEP: 2,000 fields are valid, and a row with its bar costs about 0.4 ms to
    // render and more to lay out; 200 rows per kind (and the table's) made tasks of 150–230 ms.
    const part = inParts(host, group.fields, partKey(concept, `fields:${group.kind}`), CHART_STEP);
    const rows = growing(part.items, (field) => {
      const name = host.text(concept, field.title).text;
      const rowKey = `f:${field.id}`;
      const rowDetail = c.choices.get(rowKey)!;
      const rowPressed = sameSelection(c.selection, rowDetail);
      const done = c.doneText(field);
      const details =
        field.total === 0
          ? host.t('chart.fieldEmpty', { measures: noMeasures })
          : host.t('chart.fieldDetails', { total: host.formatNumber(field.total), measures: host.termCount(concept, 'measure', field.total), done });
      const bar =
        field.total === 0
          ? html`<span class="bar bar--empty" aria-hidden="true">–</span>`
          : renderBar(c, field.segments, {
              keyPrefix: `${rowKey}:`,
              name,
              facets: { fieldId: field.id, kind: field.kind },
              segmentName: (s, look) =>
                host.t('chart.fieldSegment', {
                  field: name,
                  label: look.label,
                  count: host.formatNumber(s.count),
                  total: host.formatNumber(field.total),
                  percent: host.formatPercent(s.percent),
                }),
            });
      const dim = !withinSelection(c.selection, { fieldId: field.id, kind: field.kind });
      return html`<li class=${classes('row', { chosen: rowPressed, dim })} part="row">
        <button class="row__label" part="field" type="button" data-key=${rowKey} tabindex="-1"
          aria-pressed=${rowPressed ? 'true' : 'false'} @click=${() => c.choose(rowDetail)}>
          ${host.renderText(concept, field.title)}<span class="visually-hidden">, ${details}</span>
        </button>
        ${bar}
        <span class="row__done" aria-hidden="true">${field.total === 0 ? '' : host.formatPercent(field.donePercent)}</span>
      </li>`;
    });
    return html`<div class="group" part="group" role="group" aria-labelledby="group-${gi}">
      <div class="group__head">
        <p class="group__title" part="group-title" id="group-${gi}">${heading}</p>
        ${c.doneHeading()}
      </div>
      <ul class="rows" role="list">${rows}</ul>
      ${part.more}
    </div>`;
  });
  const chart = html`<div class="fields" role="group" aria-label=${host.t('chart.chooseField', { field: fieldTerm })} aria-describedby="summary key-hint">
    ${rendered}
  </div>`;
  return { chart, table: fieldsTable(host, concept, c.sort, looks) };
}

/** One bar per report, newest first, with what changed since the last one (`view="progress"`): the body and the summary. */
export function renderProgress(c: BarChart): [unknown, unknown] {
  const { host, concept, looks } = c;
  const view = progressView(concept);
  if (!view) return [c.message(host.t('chart.noHistory', { measures: host.termInline(concept, 'measure', true) })), nothing];
  const { latest, snapshots, deltas } = view;
  const from = latest.from.title ? host.renderText(concept, latest.from.title) : host.formatDate(latest.from.date);
  const changes = deltas.map((d, i) => [
    i ? host.t('list.separator') : '',
    host.tHtml(d.delta > 0 ? 'chart.more' : 'chart.fewer', { count: host.formatNumber(Math.abs(d.delta)), label: lookLabel(host, looks.get(d.statusId)!) }),
  ]);
  const since = changes.length ? host.tHtml('chart.since', { from, changes }) : host.tHtml('chart.sinceNone', { from });
  const summary = html`<span class="summary" part="summary" id="summary">${since}
    ${latest.changes.length ? host.t('chart.changed', { count: host.formatNumber(latest.changes.length), measures: host.termCount(concept, 'measure', latest.changes.length) }) : nothing}</span>`;
  const evaluationName = (e: Evaluation) => (e.title ? host.text(concept, e.title).text : host.t('chart.evaluation', { date: host.formatDate(e.date) }));
  const evaluationLabel = (e: Evaluation) => (e.title ? host.renderText(concept, e.title) : evaluationName(e));
  // Newest first, in parts of CHART_STEP as the fields view: every report is a row, and a valid
  // export may hold thousands of them.
  const part = inParts(host, [...snapshots].reverse(), partKey(concept, 'progress'), CHART_STEP);
  const rows = growing(part.items, (snap) => {
    const name = evaluationName(snap.evaluation);
    const bar = renderBar(c, snap.segments, {
      keyPrefix: `e:${snap.evaluation.id}:`,
      name,
      facets: {},
      segmentName: (s, look) =>
        host.t('chart.fieldSegment', {
          field: name,
          label: look.label,
          count: host.formatNumber(s.count),
          total: host.formatNumber(snap.distribution.total),
          percent: host.formatPercent(s.percent),
        }),
    });
    return html`<li class="row" part="row">
      <span class="row__label row__label--text"
        >${evaluationLabel(snap.evaluation)}${snap.evaluation.title ? html` <span class="row__date">${host.formatDate(snap.evaluation.date)}</span>` : nothing}</span
      >
      ${bar}
      <span class="row__done" aria-hidden="true">${host.formatPercent(donePercent(concept, snap.distribution))}</span>
    </li>`;
  });
  const chart = html`<div class="fields" role="group" aria-label=${host.t('chart.chooseEvaluation')} aria-describedby="summary key-hint">
    <div class="group__head">${c.doneHeading()}</div>
    <ul class="rows" role="list">${rows}</ul>
    ${part.more}
  </div>`;
  const legend = c.legend(latest.after, new Map(deltas.map((d) => [d.statusId, d.delta])));
  const table = progressTable(host, concept, view, looks, evaluationLabel);
  return [html`${c.body(chart, legend, table)}${renderChartDownloads(host, concept, 'progress', c.sort)}`, summary];
}
