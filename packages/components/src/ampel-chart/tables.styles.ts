/** The styles of the chart's tables: they load with the tables (tables.ts), added to the chart's own. */
import { css } from 'lit';

export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    /* The caption stays within the visible width when a wide table scrolls. */
    max-width: 100cqi;
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child,
  .table__group {
    text-align: start;
    overflow-wrap: break-word;
  }
  th[scope='row'] {
    min-width: 8em;
  }
  .table__group {
    background: var(--_surface);
  }
  thead th {
    vertical-align: bottom;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
  .cell-status {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .cell-percent {
    color: var(--_muted);
    white-space: nowrap;
  }
  @container ampel-chart (max-width: 36rem) {
    th,
    td {
      padding: 0.3em 0.25em;
      font-size: 0.9em;
    }
    .cell-percent {
      display: block;
    }
    .cell-status {
      flex-direction: column;
      align-items: flex-end;
    }
    /* A table wider than the screen scrolls; the names stay in view. */
    th[scope='row'] {
      width: 9em;
      min-width: 9em;
      font-weight: 600;
      /* Long German compounds ("Antidiskriminierung") may break rather than widen the column. */
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    th[scope='row'],
    thead th:first-child {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_background);
    }
    th[scope='row'] .cell-status {
      flex-direction: row;
    }
  }
`;
