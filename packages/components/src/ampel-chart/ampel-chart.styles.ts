/** The chart's styles; those of its bar views (fields, reports) come with them: bar-views.styles.ts. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_status-text: var(--konzept-color-text, #1f2937);
    container: ampel-chart / inline-size;
  }
  .base {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .caption {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .title {
    font-weight: 700;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .summary {
    font-size: 1.05em;
  }
  .chart[hidden] {
    display: none;
  }
  .chart {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  .pattern-defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  /* Segments: colour, a pattern on top, a gap in the background colour between neighbours. */
  .segment__fill {
    stroke: none;
  }
  .segment__pattern {
    stroke: var(--_background);
    stroke-width: 2px;
  }
  .swatch__pattern {
    stroke: var(--_status-text);
    stroke-width: 1px;
  }
  .pattern-mark {
    fill: #ffffff;
    fill-opacity: 0.6;
  }
  .segment[role='button'] {
    cursor: pointer;
    outline: none;
  }
  .segment__fill,
  .segment__pattern,
  .pill {
    transition: filter 150ms ease-out;
  }
  /* Parts outside the choice lose their colour but not their lightness: made transparent, they fell
     to 1.5:1 against the background (WCAG 1.4.11 asks 3:1); grey keeps what the colour had. The
     focus ring does not fade. */
  .segment--dim :is(.segment__fill, .segment__pattern, .pill) {
    filter: grayscale(1);
  }
  .segment__chosen {
    fill: var(--_status-text);
  }
  .donut .segment__chosen {
    fill: none;
    stroke: var(--_status-text);
    stroke-width: 3px;
  }
  .segment__focus {
    fill: none;
    stroke: none;
    stroke-width: 3px;
  }
  .segment:focus-visible .segment__focus {
    stroke: var(--_focus);
  }
  .bar .segment:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .segment:hover .segment__pattern {
    stroke: var(--_status-text);
  }

  /* Overview: the donut with the share done in its middle. */
  .overview {
    flex: 0 1 var(--konzept-chart-size, 15rem);
    min-width: 10rem;
  }
  @container ampel-chart (max-width: 32rem) {
    .overview {
      flex-basis: 100%;
    }
  }
  .donut-wrap {
    position: relative;
    width: 100%;
    max-width: var(--konzept-chart-size, 15rem);
    margin-inline: auto;
  }
  .donut {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .donut-center {
    position: absolute;
    inset: 30%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    line-height: 1.2;
    font-size: 0.9em;
    pointer-events: none;
  }
  .donut-center__value {
    font-size: 1.9em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  /* Legend */
  .legend {
    flex: 1 1 16rem;
    max-width: 32rem;
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto auto;
    column-gap: 0.75em;
    row-gap: 0.35em;
    align-self: center;
  }
  .fields ~ .legend {
    flex-basis: 100%;
  }
  .legend__item {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    padding-block: 0.2em;
    border-bottom: 1px solid var(--_border);
  }
  .legend__note {
    grid-column: 1 / -1;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend:has(.legend__delta) {
    grid-template-columns: auto minmax(0, 1fr) auto auto auto;
  }
  .legend__key {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .swatch {
    display: block;
    width: 1.1em;
    height: 1.1em;
    border-radius: 2px;
  }
  .legend__count,
  .legend__percent,
  .legend__delta {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .legend__percent,
  .legend__delta {
    color: var(--_muted);
  }
  .legend__label {
    overflow-wrap: anywhere;
  }

  /* Toggle and table */
  .toggle {
    align-self: flex-start;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface);
  }
  /* A toggle button: pressed while the table shows (the label stays, as the APG asks). */
  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_background);
  }
  .toggle[aria-pressed='true']::before {
    /* seen, not spoken: the pressed state is announced already */
    content: '✓' / '';
    margin-inline-end: 0.4em;
  }
  .table-wrap[hidden] {
    display: none;
  }
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  @media (forced-colors: active) {
    /* System colours only: the patterns tell the statuses apart (the colour is set inline, hence !important). */
    .segment__fill {
      fill: Canvas !important;
    }
    .pattern-mark {
      fill: CanvasText;
      fill-opacity: 1;
    }
    .segment__pattern {
      stroke: CanvasText;
    }
    .segment__chosen {
      fill: Highlight;
    }
    .donut .segment__chosen {
      fill: none;
      stroke: Highlight;
    }
    .segment:focus-visible .segment__focus {
      stroke: Highlight;
    }
    .segment--dim :is(.segment__fill, .segment__pattern, .pill) {
      filter: none;
    }
    .toggle {
      border-color: ButtonText;
    }
    .toggle[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  /* On paper the switch between chart and table ("Tabelle anzeigen") does nothing. */
  @media print {
    .toggle {
      display: none;
    }
  }
`;
