/**
 * `<ampel-chart>`: the traffic-light picture of a concept. How far it is implemented overall (a
 * donut), per field (one stacked bar per field, grouped by kind), and since the last report.
 */
import { html, nothing, svg, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../shared/css-props.js';
import {
  chartSegments,
  conceptStats,
  donePercent,
  fieldGroups,
  type Concept,
  type Distribution,
  type FieldSort,
  type MeasureFilter,
  selectionFromFilter,
} from '@konzept-kit/sdk';
import { KonzeptElement } from '../shared/konzept-element.js';
import { ConceptSource } from '../shared/concept-source.js';
import { baseStyles } from '../shared/styles.js';
import { emit } from '../shared/events.js';
import { statusIcon } from '../shared/status.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { patternDefs } from './patterns.js';
import { ringSegment, slices, type Slice } from './donut.js';
import { chartLooks, lookLabel, swatch, type Looks } from './looks.js';
import { addChoices, classes, sameSelection, withinSelection, type Selection } from './choice.js';
import { addStyles, OnDemand, renderNotLoaded } from '../shared/on-demand.js';
import type { BarChart } from './bar-views.js';
import { renderChartDownloads } from './chart-downloads.js';
import { styles } from './ampel-chart.styles.js';
import './ampel-chart.i18n.js';

export type ChartView = 'overview' | 'fields' | 'progress';

const DONUT_RADIUS = 100;
const DONUT_INNER = 60;
const donutArc = (s: Slice<unknown>) => ringSegment(s, DONUT_INNER, DONUT_RADIUS);
const donutArcChosen = (s: Slice<unknown>) => ringSegment(s, DONUT_INNER, DONUT_RADIUS + 8);
const donutFocusRing = (s: Slice<unknown>) => ringSegment(s, DONUT_INNER - 5, DONUT_RADIUS + 13);

/**
 * The traffic-light picture of a concept: how many measures are done, under way or not
 * implemented, overall, per field or since the last report, with a table of the same numbers.
 *
 * ```html
 * <ampel-chart src="/fileadmin/integrationskonzept.json"></ampel-chart>
 * <ampel-chart src="…" view="fields" sort="done" lang="en"></ampel-chart>
 * ```
 *
 * @summary Traffic-light chart (Ampel) of an integration concept, with a table and keyboard choice.
 * @tagname ampel-chart
 *
 * @fires konzept-select - A reader chose a part of the chart: `detail` `{ fieldId?, statusId?, kind? }`; all undefined when the choice was cleared. Bubbles, composed; a surrounding provider element turns it into its filter.
 * @fires konzept-load - The export was loaded and is valid. `detail.concept`.
 * @fires konzept-error - Loading or validation failed. `detail.error` with `kind` and `issues`.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The chart's title (the `label`, else the concept's title).
 * @csspart button - "Show more" under a long list of fields (2,000 fields are shown 200 at a time).
 * @csspart summary - The sentence "since the last report …" in the progress view.
 * @csspart chart - The drawing (donut or bars) with its legend; hidden while the table is shown.
 * @csspart donut - The donut of the overview.
 * @csspart group - A group of fields of one kind in the fields view.
 * @csspart group-title - Its heading, in the municipality's own term.
 * @csspart row - One field (or one report) with its bar.
 * @csspart field - The button with a field's name that chooses the whole field.
 * @csspart bar - A stacked bar.
 * @csspart segment - A segment of a bar or of the donut (a status).
 * @csspart legend - The legend: label, icon, count and percent of each status.
 * @csspart toggle - The button that switches between chart and table.
 * @csspart table - The table of the numbers (the overview's loads with the first "show table"; the chart's parts carry the same numbers for assistive technology).
 * @csspart state - Messages for loading, errors, an empty concept or one without measures.
 * @attribute no-downloads - Hides the "get the data" buttons (what the view shows as CSV, the export as JSON): for pages that offer the files elsewhere or not at all.
 * @csspart downloads - The "get the data" buttons: what the view shows as CSV, the export as JSON.
 *
 * @cssproperty --konzept-status-<id> - Colour of a status, e.g. `--konzept-status-green` (default: the scale's colour).
 * @cssproperty --konzept-status-unrated - Colour of measures without a rating (default `#6b7280`).
 * @cssproperty --konzept-color-background - Background, also the gap between segments (default `#ffffff`).
 * @cssproperty --konzept-color-text - Text colour and the mark of a chosen segment (default `#1f2937`).
 * @cssproperty --konzept-color-muted - Secondary text (default `#4b5563`).
 * @cssproperty --konzept-color-border - Lines of the table and legend (default `#848b98`: 3:1 against the background, as input borders need).
 * @cssproperty --konzept-color-surface - Background of messages and chosen rows (default `#f3f4f6`).
 * @cssproperty --konzept-color-accent - Buttons (default `#1d4ed8`).
 * @cssproperty --konzept-focus-color - The focus ring (default `#1d4ed8`).
 * @cssproperty --konzept-font-family - Font (default: inherited from the page).
 * @cssproperty --konzept-font-size - Font size (default: inherited).
 * @cssproperty --konzept-radius - Corner radius (default `6px`).
 * @cssproperty --konzept-space - Base spacing (default `1rem`).
 * @cssproperty --konzept-chart-size - Largest diameter of the donut (default `15rem`).
 */
export class AmpelChart extends KonzeptElement {
  static override styles = [baseStyles, styles];

  /** Address of the JSON export (e.g. `/fileadmin/integrationskonzept.json`). */
  @property() accessor src = '';
  /** A concept (parsed, or raw export data) instead of `src`; takes precedence. */
  @property({ attribute: false }) accessor concept: Concept | unknown = undefined;
  /** What to show: `overview` (overall distribution), `fields` (a bar per field) or `progress` (since the last report). */
  @property({ reflect: true }) accessor view: ChartView = 'overview';
  /** Order of the fields in the `fields` view: `document` (as in the concept) or `done` (largest share done first). */
  @property({ reflect: true }) accessor sort: FieldSort = 'document';
  /** The chart's accessible name and title; default: the concept's title. */
  @property() accessor label = '';

  /** The chosen part of the chart, if any. */
  @state() accessor selection: Selection | undefined = undefined;
  @state() private accessor tableShown = false;

  private readonly source = new ConceptSource(this, () => ({ concept: this.concept, src: this.src }));
  /** What choosing each part sends, by its `data-key`, as last rendered. */
  private choicesByKey = new Map<string, Selection>();
  /**
   * One tab stop for the chart's parts; the arrow keys move through them in the rows drawn (the
   * donut is one row; a field or a report is a row), skipping parts a reader cannot see.
   */
  private readonly rovingFocus = new RovingFocus(this, {
    rows: () => {
      const chart = this.renderRoot.querySelector('.chart');
      if (!chart) return [];
      const parts = (within: Element) => [...within.querySelectorAll<HTMLElement | SVGElement>('[data-key]')];
      const rows = [...chart.querySelectorAll('[part="row"]')];
      return rows.length ? rows.map(parts) : [parts(chart)];
    },
    rtl: () => this.direction === 'rtl',
    choose: (item) => {
      const detail = this.choicesByKey.get(item.dataset['key'] ?? '');
      if (detail) this.choose(detail);
    },
  });
  private seenFilter?: MeasureFilter;
  /** The bar views (`fields`, `progress`) load when the chart shows one (bar-views.ts). */
  private readonly barViews = new OnDemand(this, () => import('./bar-views.js'));
  /** Whether a view was shown: until a bar view's code is there, the overview stays. */
  private shownBefore = false;
  /** The styles added to this chart's that came with code loaded on demand (the bar views', the tables'). */
  private readonly addedStyles = new Set<CSSResult>();
  /**
   * The overview's table loads when the reader asks for it, or is about to (pointer over or focus on
   * the switch): tables.ts. Until it is there, the chart stays.
   */
  private readonly tableCode = new OnDemand(this, () => import('./tables.js'));

  /** Resolves once the view and table asked for are shown (their code loaded). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.barViews.settle(() => this.tableCode.settle(() => super.getUpdateComplete()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Inside a provider the choice follows the shared filter (an accordion may clear it).
    const filter = this.source.context?.filter;
    if (filter && filter !== this.seenFilter) {
      this.seenFilter = filter;
      this.selection = selectionFromFilter(filter);
    }
    // A bar view asked for loads its code while the data loads.
    if (this.view === 'fields' || this.view === 'progress') this.barViews.preload();
  }

  /**
   * The view asked for, once its code is there. Until then the view shown before stays (no flash of
   * a loading message when `view` changes), or, on the first render, nothing yet (undefined).
   */
  private get currentView(): ChartView | undefined {
    const asked = this.view === 'fields' || this.view === 'progress' ? this.view : 'overview';
    if (asked === 'overview' || this.barViews.value) return asked;
    // Code that did not load: the overview, with a message where the view asked for would be (renderChart).
    return this.shownBefore || this.barViews.failed ? 'overview' : undefined;
  }

  /** What the bar views use of the chart in this render. */
  private barChart(concept: Concept, looks: Looks): BarChart {
    return {
      host: this,
      concept,
      looks,
      sort: this.fieldSort,
      selection: this.selection,
      choices: this.choicesByKey,
      choose: (detail) => this.choose(detail),
      doneText: (d) => this.doneText(concept, d, looks),
      doneHeading: () => this.doneHeading(concept, looks),
      body: (chart, legend, table) => this.renderBody(chart, legend, table),
      legend: (d, deltas) => this.renderLegend(concept, d, looks, deltas),
      message: (text) => this.message(text),
    };
  }

  private get fieldSort(): FieldSort {
    return this.sort === 'done' ? 'done' : 'document';
  }

  /** What choosing each part sends, by its key: the donut's segments, or those of a bar view (bar-views.ts). */
  private choices(concept: Concept): Map<string, Selection> {
    const choices = new Map<string, Selection>();
    const view = this.currentView;
    if (view === 'overview') addChoices(choices, chartSegments(concept, conceptStats(concept)), '');
    else if (view) this.barViews.value!.barChoices(choices, concept, view, this.fieldSort);
    return choices;
  }

  /** Chooses a part; choosing the chosen part again clears the choice. */
  private choose(detail: Selection): void {
    const next = sameSelection(this.selection, detail) ? undefined : detail;
    this.selection = next;
    emit(this, 'konzept-select', next ?? {});
  }

  /** The share done ("87 %") and the label of the done status; undefined if the scale marks none as done. */
  private doneParts(concept: Concept, d: Distribution, looks: Looks): { percent: string; label: string } | undefined {
    const done = concept.statusScale.statuses.filter((s) => s.done);
    if (done.length === 0) return undefined;
    return { percent: this.formatPercent(donePercent(concept, d)), label: done.map((s) => looks.get(s.id)!.label).join(' / ') };
  }

  /** Names the column of percentages beside the bars ("umgesetzt"); the rows' names say it to screen readers. */
  private doneHeading(concept: Concept, looks: Looks): TemplateResult | typeof nothing {
    const done = concept.statusScale.statuses.filter((s) => s.done);
    if (done.length === 0) return nothing;
    return html`<span class="group__done" aria-hidden="true">${done.map((s) => looks.get(s.id)!.label).join(' / ')}</span>`;
  }

  /** "87 % umgesetzt", or nothing when the scale has no done status. */
  private doneText(concept: Concept, d: Distribution, looks: Looks): string {
    const parts = this.doneParts(concept, d, looks);
    return parts ? this.t('chart.summaryDone', parts) : '';
  }

  /** The whole picture in one sentence for screen readers; a status label in another language than the reader's carries its `lang`. */
  private summary(concept: Concept, d: Distribution, looks: Looks): unknown[] {
    const separator = this.t('list.separator');
    const parts = chartSegments(concept, d).map((s, i) => [
      i ? separator : '',
      this.tHtml('chart.summaryPart', {
        count: this.formatNumber(s.count),
        label: lookLabel(this, looks.get(s.statusId)!),
        percent: this.formatPercent(s.percent),
      }),
    ]);
    return this.tHtml('chart.summary', { total: this.formatNumber(d.total), measures: this.termCount(concept, 'measure', d.total), parts });
  }

  // ---- rendering ----

  protected override render(): TemplateResult | typeof nothing {
    const { state, concept, error } = this.source;
    if (state !== 'ready' || !concept) return this.renderState(state, error);
    this.choicesByKey = this.choices(concept);
    const looks = chartLooks(this, concept);
    const stats = conceptStats(concept);
    const title = this.label ? this.label : this.renderText(concept, concept.title);
    const frame = (body: unknown, summary: unknown = nothing) =>
      // `lang` inside the shadow root too: a page without one would leave the chart's words without a language.
      html`<figure class="base" part="base" lang=${this.language} dir=${this.direction} aria-labelledby="title">
        <figcaption class="caption"><span class="title" part="title" id="title">${title}</span>${summary}</figcaption>
        ${body}
      </figure>`;
    if (concept.fields.length === 0) return frame(this.message(this.t('state.empty')));
    if (stats.total === 0) return frame(this.renderNoMeasures(concept));
    const view = this.currentView;
    if (!view) return this.renderState('loading', undefined);
    this.shownBefore = true;
    // A bar view is current only once its code is there.
    const bars = view === 'overview' ? undefined : this.barViews.value!;
    if (bars) addStyles(this, this.addedStyles, [bars.barStyles, bars.tableStyles]);
    if (view === 'progress') return frame(...bars!.renderProgress(this.barChart(concept, looks)));
    const summary = html`<span class="visually-hidden" id="summary">${this.summary(concept, stats, looks)}</span>`;
    const { chart, table } = bars
      ? bars.renderFields(this.barChart(concept, looks))
      : {
          chart: this.renderOverview(concept, stats, looks),
          table: this.tableShown ? this.renderOverviewTable(concept, stats, looks) : undefined,
        };
    const legend = this.renderLegend(concept, stats, looks);
    const barsMissing = !bars && (this.view === 'fields' || this.view === 'progress') && this.barViews.failed;
    return frame(
      html`${barsMissing ? renderNotLoaded(this) : nothing}${this.renderBody(chart, legend, table)}${renderChartDownloads(this, concept, view, this.fieldSort)}`,
      summary,
    );
  }

  /** The overview's table once its code (and styles) are there; undefined until then. */
  private renderOverviewTable(concept: Concept, stats: Distribution, looks: Looks): TemplateResult | undefined {
    const tables = this.tableCode.value;
    if (!tables) return this.tableCode.failed ? renderNotLoaded(this) : undefined;
    addStyles(this, this.addedStyles, [tables.tableStyles]);
    return tables.overviewTable(this, concept, stats, looks);
  }

  private message(text: string, more: unknown = nothing): TemplateResult {
    return html`<div class="state" part="state" role="status"><div><p>${text}</p>${more}</div></div>`;
  }

  /** A concept with goals but no measures (Landshut): say so in its own words, and name its fields. */
  private renderNoMeasures(concept: Concept): TemplateResult {
    const groups = fieldGroups(concept);
    const list = groups.map(
      (g) =>
        html`<p class="state__detail">
          ${this.tHtml('chart.noMeasuresFields', {
            fields: this.renderTerm(concept, g.kind === 'action' ? 'actionField' : 'crossCuttingField', true),
            list: g.fields.map((f, i) => [i ? this.t('list.separator') : '', this.renderText(concept, f.title)]),
          })}
        </p>`,
    );
    return this.message(this.t('state.noMeasures', { measures: this.termCount(concept, 'measure', 0) }), list);
  }

  /** The chart, or the table once the reader asked for it (and it is there: `table` is undefined until the overview's has loaded). */
  private renderBody(chart: TemplateResult, legend: TemplateResult, table: TemplateResult | undefined): TemplateResult {
    const shown = this.tableShown && table !== undefined;
    const preload = this.tableCode.preload;
    return html`${patternDefs()}
      <div class="chart" part="chart" ?hidden=${shown}>
        ${chart} ${legend}
      </div>
      <p class="visually-hidden" id="key-hint">${this.t('chart.keyHint')}</p>
      <button class="toggle" part="toggle" type="button" aria-controls="table" aria-pressed=${shown ? 'true' : 'false'}
        @pointerenter=${preload} @focus=${preload} @click=${() => (this.tableShown = !shown)}>
        ${this.t('chart.showTable')}
      </button>
      <!-- One view at a time in the accessibility tree: the chart's parts carry the same numbers as the table. -->
      <div class="table-wrap" id="table" role="region" aria-labelledby="table-caption" tabindex="0" ?hidden=${!shown}>
        ${table ?? nothing}
      </div>`;
  }

  private renderOverview(concept: Concept, stats: Distribution, looks: Looks): TemplateResult {
    const segments = chartSegments(concept, stats).filter((s) => s.count > 0);
    const arcs = slices(segments, (s) => s.count, segments.length > 1 ? 0.015 : 0);
    const paths = arcs.map((a) => {
      const s = a.data;
      const look = looks.get(s.statusId)!;
      const key = `s:${s.statusId}`;
      const detail = this.choicesByKey.get(key);
      const pressed = sameSelection(this.selection, detail);
      const shape = (pressed ? donutArcChosen : donutArc)(a);
      const dim = !withinSelection(this.selection, { statusId: s.statusId });
      const body = svg`<path class="segment__fill" d=${shape} style=${cssProps({ fill: look.color })}></path>
        <path class="segment__pattern" d=${shape} fill=${look.pattern}></path>`;
      if (!detail) return svg`<g class=${classes('segment', { dim })} aria-hidden="true">${body}</g>`;
      const name = this.t('chart.segment', {
        label: look.label,
        count: this.formatNumber(s.count),
        total: this.formatNumber(stats.total),
        percent: this.formatPercent(s.percent),
      });
      return svg`<g class=${classes('segment', { dim })} part="segment" role="button" data-key=${key} tabindex="-1"
        aria-pressed=${pressed ? 'true' : 'false'} aria-label=${name}
        @click=${() => this.choose(detail)}>
        <path class="segment__focus" d=${donutFocusRing(a)}></path>
        ${body}${pressed ? svg`<path class="segment__chosen" d=${shape}></path>` : nothing}
      </g>`;
    });
    // The middle shows the chosen status, else the share done, else the number of measures.
    const chosen = segments.find((s) => s.statusId !== undefined && s.statusId === this.selection?.statusId);
    const center = chosen
      ? { percent: this.formatPercent(chosen.percent), label: looks.get(chosen.statusId)!.label }
      : (this.doneParts(concept, stats, looks) ?? { percent: this.formatNumber(stats.total), label: this.term(concept, 'measure', true) });
    return html`<div class="overview">
      <div class="donut-wrap">
        <svg class="donut" part="donut" viewBox="-115 -115 230 230" role="group" aria-label=${this.t('chart.chooseStatus')}
          aria-describedby="summary key-hint">${paths}</svg>
        <div class="donut-center" aria-hidden="true"><span class="donut-center__value">${center.percent}</span><span>${center.label}</span></div>
      </div>
    </div>`;
  }

  private renderLegend(concept: Concept, d: Distribution, looks: Looks, deltas?: ReadonlyMap<string, number>): TemplateResult {
    const items = chartSegments(concept, d).map((s) => {
      const look = looks.get(s.statusId)!;
      const delta = s.statusId !== undefined ? deltas?.get(s.statusId) : undefined;
      return html`<li class="legend__item">
        <span class="legend__key">${swatch(look)}${statusIcon(look.icon)}</span>
        <span class="legend__label" lang=${look.lang}>${look.label}</span>
        <span class="legend__count">${this.formatNumber(s.count)}</span>
        <span class="legend__percent">${this.formatPercent(s.percent)}</span>
        ${deltas ? html`<span class="legend__delta">${delta ? this.formatNumber(delta, { signDisplay: 'always' }) : '±0'}</span>` : nothing}
      </li>`;
    });
    // The table carries the same numbers for assistive technology; the legend explains the picture.
    const sum =
      d.total > 0 && d.percentSum !== 100
        ? html`<li class="legend__note">${this.t('chart.legendSum', { percent: this.formatPercent(d.percentSum) })}</li>`
        : nothing;
    return html`<ul class="legend" part="legend" role="list" aria-hidden="true">${items}${sum}</ul>`;
  }
}
