import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
  }
  .heading {
    margin: 0;
    line-height: 1.25;
    overflow-wrap: anywhere;
    break-after: avoid;
  }
  .heading--0 {
    font-size: 1.35em;
  }
  .heading--1 {
    font-size: 1.15em;
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .heading--2 {
    font-size: 1em;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .facts,
  .muted {
    color: var(--_muted);
  }
  .note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  a {
    color: var(--_accent);
  }
  .field {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .field > summary {
    cursor: pointer;
    padding: 0.6em 0.75em;
    min-block-size: 2.75rem;
  }
  .field__title {
    font-weight: 600;
  }
  .field[open] > summary {
    border-block-end: 1px solid var(--_border);
  }
  .field > .input {
    padding: 0.75em;
  }
  .input {
    display: grid;
    gap: 0.35em;
  }
  .input__title,
  .list-title {
    font-weight: 600;
  }
  .report {
    display: grid;
    gap: 0.5em;
  }
  .reported {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .reported__facts {
    margin: 0;
    display: grid;
    gap: 0.15em;
  }
  .reported__facts dt {
    display: inline;
    font-weight: 600;
  }
  .reported__facts dt::after {
    content: ': ';
  }
  .reported__facts dd {
    display: inline;
    margin: 0;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .show-more {
    display: block;
    margin-block: 0.25em 0.5em;
  }
  .downloads__button,
  .button {
    min-block-size: 2.75rem;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }
  @media print {
    .downloads {
      display: none;
    }
    .field > :not(summary) {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .note,
    .field,
    .downloads__button,
    .button {
      border-color: CanvasText;
    }
  }
`;
