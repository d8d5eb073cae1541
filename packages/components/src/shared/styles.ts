/**
 * Styles every element shares: inherited font, the `--konzept-*` tokens with their defaults, a
 * focus ring that is clearly visible (BITV 9.2.4.7), text only for screen readers, the state
 * messages, forced colours and reduced motion.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--konzept-font-family, inherit);
    font-size: var(--konzept-font-size, inherit);
    line-height: 1.5;
    color: var(--konzept-color-text, #1f2937);
    --_muted: var(--konzept-color-muted, #4b5563);
    --_border: var(--konzept-color-border, #848b98);
    --_surface: var(--konzept-color-surface, #f3f4f6);
    --_background: var(--konzept-color-background, #ffffff);
    --_accent: var(--konzept-color-accent, #1d4ed8);
    --_focus: var(--konzept-focus-color, #1d4ed8);
    --_radius: var(--konzept-radius, 6px);
    --_space: var(--konzept-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .status-icon {
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .state {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state--error {
    border-color: var(--konzept-color-error, #b42318);
  }
  /* A page reserves the element's final height while it loads (konzept-kit.css sets this), so
     the page does not jump when the data arrives. */
  .state--loading {
    min-height: var(--konzept-loading-min-height, 3rem);
  }
  .state p {
    margin: 0;
  }
  .state__details {
    margin-block-start: 0.5em;
    font-size: 0.9em;
  }
  .state__details summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  .state__details ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .state__details p,
  .state__fallback {
    margin-block: 0.4em 0;
  }
  .state .state__detail {
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
  }
  .button {
    min-block-size: 2.5rem;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
    border-color: currentColor;
  }
  /* "Get the data" (shared/download.ts): a row of buttons under the view, not printed. */
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .downloads__label {
    color: var(--_muted);
  }
  .downloads .button {
    color: var(--_accent);
  }
  @media print {
    .downloads {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .state,
    .button {
      border-color: CanvasText;
    }
  }
`;
