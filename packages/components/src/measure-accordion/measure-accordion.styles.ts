import { css } from 'lit';

export const styles = css`
  /* Stacks are flex columns, not grids: a grid sizes its column from every box's content first,
     which made the layout of 200 boxes several times as long as the same boxes in a flex column,
     and opening one box laid out the grid again. */
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    container-type: inline-size;
    /* Where a jump (deep link, jump link, back to the filter) puts its target: below a sticky
       header of the page, when the page names its height. */
    --_jump-margin: calc(var(--konzept-sticky-header-height, 0px) + var(--_space));
    /* A word wider than its line breaks rather than pushing the page sideways (WCAG 1.4.10); in
       narrow boxes hyphenation (below) gets the first say. */
    overflow-wrap: break-word;
  }
  .muted,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.875em;
  }
  .prose {
    white-space: pre-line;
    overflow-wrap: anywhere;
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  /* An address shown as text: a hyphen added inside it would change it */
  .url {
    hyphens: manual;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  /* Buttons (the shared styles draw them) and form controls */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .button:disabled {
    cursor: default;
    color: var(--_muted);
    border-style: dashed;
  }
  .button:disabled:hover {
    background: var(--_background);
    border-color: var(--_border);
  }
  .button--small {
    min-block-size: 2.25rem;
    font-size: 0.9em;
  }

  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    align-items: end;
    gap: calc(var(--_space) * 0.75) var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filter {
    display: grid;
    gap: 0.25em;
    align-content: start;
    min-inline-size: 0;
  }
  .filter label,
  .filter legend {
    font-weight: 600;
  }
  .filter--search,
  .filter--status {
    grid-column: 1 / -1;
  }
  .filter--status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .filter--status legend {
    padding: 0;
    margin-block-end: 0.25em;
    float: inline-start;
    inline-size: 100%;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.25rem;
    font-weight: normal !important;
    cursor: pointer;
  }
  .filter--reset {
    grid-column: 1 / -1;
    justify-items: start;
  }

  /* Count and expand/collapse */
  /* The skip link past the list: seen when it has the keyboard focus. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip:focus {
    flex-basis: 100%;
    padding: 0.25em 0;
    color: var(--_accent);
    font-weight: 600;
  }
  .list-end {
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .list-end a {
    margin-inline-start: 0.5em;
    color: var(--_accent);
  }
  /* Jump links to the fields, and after each field the way back to the filter */
  .jumps {
    display: grid;
    gap: 0.25em;
    padding-block: 0.5em;
    border-block: 1px solid var(--_border);
  }
  .jumps__label {
    margin: 0;
    font-weight: 600;
  }
  .jumps ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .jumps__groups {
    display: grid;
    gap: 0.5em;
  }
  .jumps__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  /* at least 24 px high, as a finger needs (WCAG 2.5.8) */
  .jumps__list a,
  .field-end a {
    display: inline-block;
    padding-block: 0.3em;
  }
  .field-end {
    margin: 0;
    font-size: 0.9em;
  }
  .filters,
  .field-heading {
    scroll-margin-block-start: var(--_jump-margin);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .toolbar__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Status: icon and label; the icon carries the status colour, the label stays in text colour */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
  }
  .status .status-icon {
    color: var(--_status-color, var(--_muted));
    inline-size: 1.15em;
    block-size: 1.15em;
  }

  /* Structure */
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
  }
  .group-heading {
    margin: var(--_space) 0 0;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--konzept-color-text, #1f2937);
    font-size: 1.35em;
    line-height: 1.25;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .field-heading {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .kind {
    font-size: 0.7em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .goal {
    padding-block: 0.5em;
    padding-inline: 0.9em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .goal__label {
    font-weight: 600;
  }
  .field-description,
  .objective-description {
    color: var(--_muted);
  }
  .objective {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .objective-heading {
    margin: 0.5em 0 0;
    font-size: 1.05em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  /* One info box */
  .measure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    scroll-margin-block-start: var(--_jump-margin);
    /* No content-visibility: auto here. Boxes it skips are "not rendered" in the accessibility tree,
       so a screen reader's list of headings missed every measure off screen. Paging
       (page-size, 200 headers) keeps the list cheap instead. */
    min-inline-size: 0;
  }
  .measure--open {
    border-inline-start: 4px solid var(--_accent);
  }
  .measure--open > .measure-header > .measure-button {
    /* the wider edge of an open box must not shift its title */
    padding-inline-start: calc(0.75em - 3px);
  }
  .measure--open > .measure-panel {
    padding-inline-start: calc(0.9em - 3px);
  }
  .measure-header {
    margin: 0;
    font-size: 1em;
    font-weight: normal;
  }
  .measure-button {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.25em 0.6em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.6em;
    padding-inline: 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .measure-button:hover {
    background: var(--_surface);
  }
  .measure-button:focus-visible {
    /* inside the box: its rounded border would cut the ring's corners */
    outline-offset: -3px;
  }
  .measure-button:hover .measure-title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .measure-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .measure-meta {
    grid-column: 2;
    font-size: 0.9em;
  }
  @container (min-width: 40rem) {
    .measure-button {
      grid-template-columns: auto 1fr auto;
    }
    .measure-meta {
      grid-column: 3;
    }
  }
  .chevron {
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.2em;
    transition: transform 0.15s ease;
  }
  :host([dir='rtl']) .chevron,
  .base[dir='rtl'] .chevron {
    transform: scaleX(-1);
  }
  [aria-expanded='true'] > .chevron,
  .base[dir='rtl'] [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }

  /* Narrow boxes (a phone, or 400 % zoom): German compounds like "Bürgermeisterdienstbesprechung"
     are wider than a title beside the chevron. The title takes the whole width of the box, status
     and chevron share the line below, and words are hyphenated in the language of the text (the
     wrapper carries lang); only long words, so short ones stay whole for readers still learning
     German. A browser without hyphenation patterns falls back to breaking the word (above). */
  @container (max-width: 30rem) {
    .base > * {
      hyphens: auto;
      hyphenate-limit-chars: 12 5 5;
    }
    .measure-button,
    .measure--open > .measure-header > .measure-button {
      grid-template-columns: minmax(0, 1fr) auto;
      padding-inline: 0.6em;
    }
    .measure--open > .measure-header > .measure-button {
      padding-inline-start: calc(0.6em - 3px);
    }
    .measure-title {
      grid-column: 1 / -1;
    }
    .measure-meta {
      grid-row: 2;
      grid-column: 1;
    }
    /* at the end of the line it points down to open, up to close, in either direction of writing */
    .base .measure-button > .chevron {
      grid-row: 2;
      grid-column: 2;
      align-self: center;
      margin-block-start: 0;
      transform: rotate(90deg);
    }
    .base .measure-button[aria-expanded='true'] > .chevron {
      transform: rotate(-90deg);
    }
    .measure-panel,
    .measure--open > .measure-panel {
      padding-inline: 0.6em;
    }
    .measure--open > .measure-panel {
      padding-inline-start: calc(0.6em - 3px);
    }
    .filters {
      padding: calc(var(--_space) * 0.75);
    }
  }
  /* Only a shown panel gets a display: a closed one keeps the browser's own style for
     hidden="until-found" (its text stays findable), or display: none where that is not known. */
  .measure-panel:not([hidden]) {
    display: grid;
    gap: 0.75em;
    padding-block: 0 0.9em;
    padding-inline: 0.9em;
  }
  @container (min-width: 40rem) {
    .measure--open > .measure-panel {
      padding-inline-start: calc(2.35em - 3px);
    }
  }
  .panel-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin: 0;
    padding-block-start: 0.6em;
    border-block-start: 1px solid var(--_border);
  }
  .tag {
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .details {
    display: grid;
    gap: 0.6em;
    margin: 0;
  }
  .detail {
    display: grid;
    gap: 0.1em 1em;
  }
  @container (min-width: 40rem) {
    .detail {
      grid-template-columns: minmax(9rem, 12rem) 1fr;
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-inline-size: 0;
  }
  .plain-list,
  .history,
  .indicators,
  .statements {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .indicators,
  .history {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.75em;
    align-items: center;
  }
  .history__when {
    min-inline-size: 6.5em;
    color: var(--_muted);
  }
  .history__note {
    flex-basis: 100%;
  }
  .indicator {
    display: grid;
    gap: 0.2em;
  }
  .indicator__title {
    font-weight: 600;
  }
  .indicator__note {
    color: var(--_muted);
  }
  .bar {
    display: block;
    block-size: 0.6em;
    max-inline-size: 20rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  .bar__fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_share, 0) * 100%);
    background: var(--_accent);
  }
  .bar__fill--reached {
    background: var(--konzept-status-green, #0b7a61);
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  /* Messages */
  .empty,
  .more,
  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .measure,
    .bar,
    .goal {
      border-color: CanvasText;
    }
    .bar__fill {
      background: Highlight;
      forced-color-adjust: none;
    }
    .status .status-icon {
      color: CanvasText;
    }
  }

  @media print {
    /* Nothing to press on paper: the filter, the buttons, the chevron of a box, the jump links. */
    .filters,
    .toolbar__buttons,
    .skip,
    .list-end,
    .jumps,
    .field-end,
    .more button,
    .copy,
    .chevron {
      display: none !important;
    }
    /* Every box prints its content, the closed ones too (a printout holds every measure shown). */
    .measure-panel[hidden] {
      content-visibility: visible;
      display: grid;
      gap: 0.75em;
      padding: 0 0.9em 0.9em;
    }
    /* Blocks, not grids, where pages break: a heading then stays with what follows it. */
    :is(.base, .group, .field, .objective) {
      display: block;
    }
    :is(.base, .group, .field, .objective) > * + * {
      margin-block-start: 0.6em;
    }
    .group-heading,
    .field-heading,
    .objective-heading,
    .measure-header,
    .goal,
    .objective-description {
      break-after: avoid;
      break-inside: avoid;
    }
    .measure,
    .indicator,
    .detail {
      break-inside: avoid;
    }
    .measure-button {
      cursor: auto;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      color: var(--_muted);
    }
  }
`;
