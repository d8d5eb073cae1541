/** The styles of the chart's bar views (bar-views.ts), added to the chart's when they load. */
import { css } from 'lit';

export const barStyles = css`
  /* Fields and reports: one row with a name, a bar and the share done. */
  .fields {
    flex: 1 1 100%;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .group__head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em;
    margin-block-end: 0.25em;
  }
  .group__title {
    margin: 0;
    font-weight: 700;
  }
  .group__done {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.85em;
    text-align: end;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(9rem, 16rem) minmax(0, 1fr) 3.5em;
    align-items: center;
    column-gap: 0.75em;
    border-radius: var(--_radius);
    padding-inline: 0.25em;
  }
  .row--chosen {
    background: var(--_surface);
  }
  .row--dim .row__label,
  .row--dim .row__done {
    color: var(--_muted);
  }
  .row__label {
    min-width: 0;
    text-align: start;
    padding: 0.25em 0.3em;
    margin-inline-start: -0.3em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  button.row__label {
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--_border);
    text-underline-offset: 0.2em;
  }
  button.row__label:hover {
    text-decoration-color: currentColor;
  }
  button.row__label[aria-pressed='true'] {
    font-weight: 700;
    text-decoration-color: currentColor;
  }
  .row__date {
    color: var(--_muted);
    font-size: 0.9em;
    white-space: nowrap;
    /* A date beside a title in another direction (German in Arabic) keeps its own order. */
    unicode-bidi: isolate;
  }
  .row__done {
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .bar {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .bar--empty {
    color: var(--_muted);
  }
  .pill__bg {
    fill: var(--_background);
    fill-opacity: 0.92;
  }
  .pill__text {
    fill: var(--_status-text);
    font-size: 12px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .pill--wide {
    display: none;
  }
  @container ampel-chart (min-width: 60rem) {
    .pill--wide {
      display: inline;
    }
  }
  /* Narrow: the name above its bar, so long names neither overflow nor squeeze the bar. */
  @container ampel-chart (max-width: 36rem) {
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
      padding-block: 0.15em;
    }
    .row .bar,
    .row .bar--empty {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .row__done {
      grid-column: 2;
      grid-row: 1;
      align-self: end;
    }
  }

  @media (forced-colors: active) {
    .pill__bg {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pill__text {
      fill: CanvasText;
    }
    button.row__label[aria-pressed='true'] {
      border-color: ButtonText;
    }
  }
`;
