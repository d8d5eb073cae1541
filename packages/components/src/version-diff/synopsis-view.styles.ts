/** The synopsis's table: added to the element's styles when the synopsis's code loads (version-diff.ts). */
import { css } from 'lit';

export const synopsisStyles = css`
  .synopsis {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .synopsis__caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  .synopsis th,
  .synopsis td {
    vertical-align: top;
    text-align: start;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .synopsis__head {
    background: var(--_surface);
  }
  .synopsis__group-heading {
    font-weight: 700;
    font-size: 1.1em;
    background: var(--_surface);
  }
  .synopsis__what {
    border-block-end: 0;
    border-inline-start: 4px solid var(--_kind);
  }
  .synopsis__row--texts td:first-child {
    border-inline-start: 4px solid var(--_kind);
  }
  .synopsis__attribute + .synopsis__attribute {
    margin-block-start: 0.4em;
  }
  .synopsis__label {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .synopsis .word-diff {
    display: inline;
  }
  .synopsis__none {
    margin: 0;
    font-style: italic;
  }
  .synopsis__side {
    display: none;
  }
  /* A phone: the two wordings one below the other, each saying which it is. */
  @container (max-width: 30rem) {
    .synopsis,
    .synopsis tbody,
    .synopsis tr,
    .synopsis td {
      display: block;
    }
    .synopsis thead {
      display: none;
    }
    .synopsis__row--texts td:first-child {
      border-block-end: 0;
    }
    .synopsis__side {
      display: block;
      font-size: 0.85em;
      font-weight: 600;
    }
  }
  @media print {
    /* The annex to a Sitzungsvorlage: the header on every page, a pair never split. */
    .synopsis thead {
      display: table-header-group;
    }
    .synopsis tr {
      break-inside: avoid;
    }
    .synopsis__what {
      break-after: avoid;
    }
    .synopsis {
      font-size: 10pt;
    }
  }
`;
