import { css } from 'lit';

export const styles = css`
  :host {
    --_added: var(--konzept-diff-added, #0b7a61);
    --_removed: var(--konzept-diff-removed, #b42318);
    --_changed: var(--konzept-diff-changed, #a87900);
    --_moved: var(--konzept-diff-moved, #1d4ed8);
    --_unchanged: var(--konzept-diff-unchanged, #6b7280);
    --_ins-bg: var(--konzept-diff-inserted-background, #d9f2e6);
    --_del-bg: var(--konzept-diff-deleted-background, #fbe1de);
  }
  .base {
    display: grid;
    gap: var(--_space);
    container-type: inline-size;
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30rem) {
    .heading {
      font-size: 1.3em;
    }
    .summary__text {
      font-size: 1em;
    }
    .summary,
    .filters {
      padding: calc(var(--_space) * 0.75);
    }
    .tile {
      flex-basis: 6.5rem;
      padding-inline: 0.6em;
    }
    .change {
      padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    }
    .change__title {
      font-size: 1em;
      hyphens: auto;
    }
  }
  .compared {
    margin: calc(var(--_space) * -0.5) 0 0;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .states {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  /* Summary */
  .summary {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .summary p {
    margin: 0;
  }
  .summary__text {
    font-size: 1.125em;
    font-weight: 600;
  }
  .tiles {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A tile never gets narrower than its longest word or number (a flex item's minimum is its
     min-content): a row holds fewer tiles instead, two at 320 px. Words never break inside, even
     where the page sets overflow-wrap: break-word, which the shadow tree inherits. */
  .tile {
    flex: 1 1 7.5rem;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.4em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .tile .kind-icon {
    color: var(--_kind);
    width: 1.25em;
    height: 1.25em;
  }
  .tile__count {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .tile__label {
    grid-column: 1 / -1;
    color: var(--_muted);
  }
  .kind--added {
    --_kind: var(--_added);
  }
  .kind--removed {
    --_kind: var(--_removed);
  }
  .kind--changed {
    --_kind: var(--_changed);
  }
  .kind--moved {
    --_kind: var(--_moved);
  }
  .kind--unchanged {
    --_kind: var(--_unchanged);
  }

  /* Filters */
  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.35em;
    font-weight: 600;
    float: inline-start;
    inline-size: 100%;
  }
  .filters__row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.25rem;
    cursor: pointer;
  }
  .check .kind-icon {
    color: var(--_kind);
  }
  .select {
    display: grid;
    gap: 0.25em;
    flex: 1 1 14rem;
    max-inline-size: 26rem;
  }
  .select span {
    font-weight: 600;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .empty,
  .more {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
  }

  /* Fields and changes */
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .field__heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  .field__kind {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_muted);
  }
  .field__summary {
    margin: 0;
  }
  .changes {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .change {
    display: grid;
    gap: 0.5em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_background);
    scroll-margin-block-start: var(--_space);
    /* No content-visibility: auto: skipped changes are "not rendered" in the accessibility tree
       (empty list items to a screen reader). Paging (page-size) keeps the list short instead. */
    min-inline-size: 0;
    /* Each change is laid out and painted on its own: the words for screen readers in its marks
       (thousands, absolutely positioned) belong to it, not to the page, and a list growing in one
       change does not make the browser place and paint every other change again (60 changes with
       long lists made each frame 100-300 ms of layout and paint). */
    contain: layout paint;
  }
  .change:focus-visible,
  .change:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .change > * {
    margin: 0;
  }
  .change__head {
    display: grid;
    gap: 0.35em;
  }
  .change__title {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .change__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
    margin: 0;
    font-size: 0.9em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.05em 0.55em;
    border: 1px solid var(--_kind, var(--_border));
    border-radius: 999px;
    background: var(--_background);
  }
  .badge .kind-icon {
    color: var(--_kind);
  }
  .kind-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .description--removed {
    color: var(--_muted);
  }
  .place {
    font-size: 0.9em;
  }

  /* Attributes: label above value when narrow, beside it when wide */
  .attributes {
    display: grid;
    gap: 0.6em;
    margin: 0;
  }
  .attribute {
    display: grid;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .attribute dt {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .attribute dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    /* Room for the padding a marked passage repeats at the end of each of its lines. */
    padding-inline: 0.1em;
  }
  @container (min-width: 40rem) {
    .attribute {
      grid-template-columns: 11rem 1fr;
      gap: var(--_space);
    }
  }
  .word-diff {
    margin: 0;
    white-space: pre-line;
  }
  ins,
  del {
    text-decoration-thickness: 2px;
    border-radius: 2px;
    padding-inline: 0.1em;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  ins {
    text-decoration-line: underline;
    text-underline-offset: 0.2em;
    background: var(--_ins-bg);
  }
  del {
    text-decoration-line: line-through;
    background: var(--_del-bg);
  }
  .list-diff {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .url {
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
  .before-after {
    display: inline;
  }
  .arrow {
    display: inline-block;
    padding-inline: 0.35em;
    color: var(--_muted);
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .status .status-icon {
    color: var(--_status-color, currentColor);
  }

  @media (forced-colors: active) {
    .tile,
    .change,
    .badge,
    .button {
      border-color: CanvasText;
    }
    ins,
    del {
      background: none;
    }
    .kind-icon,
    .status-icon {
      color: CanvasText;
    }
  }
  @media print {
    .filters,
    .change__link,
    .more button,
    button {
      display: none;
    }
    .change {
      break-inside: avoid;
    }
  }
`;
