/** Styles of the form fields of the elements that have filters (the accordion, the diff); a page with only a chart does not load them. */
import { css } from 'lit';

/**
 * Form fields of the elements that have filters (accordion, diff): full width in their cell, large
 * enough to hit, bordered with the theme's border colour. `:where()` keeps the specificity of a
 * plain `input`, so an element's own rules still win.
 */
export const fieldStyles = css`
  input:where(:not([type='checkbox'], [type='radio'])),
  select {
    font: inherit;
    color: inherit;
    min-block-size: 2.5rem;
    padding-block: 0.3em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    inline-size: 100%;
    max-inline-size: 100%;
  }
  input[type='checkbox'] {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
`;
