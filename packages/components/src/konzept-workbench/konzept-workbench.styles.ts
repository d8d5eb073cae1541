import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';
import { fieldStyles } from '../shared/field-styles.js';

/**
 * The workbench's own look: plain and large enough to hit. It does not take the municipality's
 * theme (that is for the preview frame only), so its colours are fixed and checked by axe.
 */
export const workbenchStyles = [
  baseStyles,
  fieldStyles,
  css`
    :host {
      --_wb-accent: var(--konzept-workbench-accent, #1d4f91);
      --_border: #6b7280;
      --_surface: #f3f4f6;
      --_background: #ffffff;
      --_focus: #1d4f91;
      --_radius: 6px;
      color: #1f2937;
      font-family: var(--konzept-workbench-font, system-ui, sans-serif);
      max-inline-size: 72rem;
      margin-inline: auto;
      padding: clamp(0.5rem, 2.5vw, 1rem);
    }
    h1 {
      font-size: 1.6rem;
      line-height: 1.25;
      margin: 0;
      hyphens: auto;
    }
    h2 {
      font-size: 1.3rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1.1rem;
      margin: 1rem 0 0.25rem;
    }
    h4 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: baseline;
      justify-content: space-between;
    }
    .privacy {
      border-inline-start: 4px solid #15803d;
      background: #f0fdf4;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
    }
    section {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: clamp(0.6rem, 2.5vw, 1rem);
      margin-block: 1rem;
    }
    .drop {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      padding: 1rem;
      border: 2px dashed var(--_wb-accent);
      border-radius: var(--_radius);
      background: #f8fafc;
    }
    .label,
    .field label,
    .snippet label,
    legend {
      display: block;
      font-weight: 600;
    }
    .drop .label {
      inline-size: 100%;
    }
    input[type='file'] {
      font: inherit;
      max-inline-size: 100%;
    }
    input[type='file']::file-selector-button {
      font: inherit;
      min-block-size: 2.5rem;
      padding-inline: 1rem;
      margin-inline-end: 0.75rem;
      border: 0;
      border-radius: var(--_radius);
      background: var(--_wb-accent);
      color: #fff;
      cursor: pointer;
    }
    .small-file::file-selector-button {
      background: #374151;
    }
    .field {
      margin-block: 0.75rem;
    }
    .field input,
    .field select {
      max-inline-size: 32rem;
    }
    .muted {
      color: #4b5563;
    }
    .verdict {
      font-weight: 600;
      padding: 0.5rem 0.75rem;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .verdict--good {
      background: #f0fdf4;
      border-inline-start: 4px solid #15803d;
    }
    .verdict--bad {
      background: #fef2f2;
      border-inline-start: 4px solid #b42318;
    }
    .group {
      border-inline-start: 4px solid #b42318;
      padding: 0.5rem 0.75rem;
      margin-block: 0.75rem;
      background: #fffafa;
    }
    .group--warning {
      border-color: #a15c00;
      background: #fffbeb;
    }
    .group ul {
      margin: 0.25rem 0;
      padding-inline-start: 1.25rem;
    }
    .group li {
      margin-block: 0.2rem;
      overflow-wrap: anywhere;
    }
    .where {
      font-weight: 600;
    }
    .at {
      color: #4b5563;
      font-size: 0.9em;
    }
    .todo {
      margin: 0.25rem 0;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0.75rem 0;
    }
    .choice {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
      margin-inline-end: 1.25rem;
      min-block-size: 2.5rem;
    }
    .controls {
      display: grid;
      gap: 0 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }
    .viewport {
      position: relative;
      overflow: auto;
      max-block-size: min(48rem, 85vh);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: #e5e7eb;
      padding: clamp(0.25rem, 2vw, 0.75rem);
    }
    .frame {
      background: var(--konzept-color-background, #fff);
      color: var(--konzept-color-text, #1f2937);
      font-family: var(--konzept-font-family, Georgia, serif);
      padding: 0.75rem;
      margin-inline: auto;
      display: grid;
      gap: 1.5rem;
    }
    /* At most the phone's 320 px; on a phone itself, what is left beside the workbench's margins. */
    .frame--phone {
      inline-size: min(320px, 100%);
    }
    .frame--desktop {
      inline-size: 1000px;
    }
    .button {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
      min-block-size: 2.75rem;
      padding-inline: 1rem;
      border: 2px solid var(--_wb-accent);
      border-radius: var(--_radius);
      background: var(--_wb-accent);
      color: #fff;
      font-weight: 600;
      text-decoration: none;
      cursor: pointer;
    }
    .button--quiet {
      background: #fff;
      color: var(--_wb-accent);
      min-block-size: 2.5rem;
    }
    .switch,
    .link {
      font: inherit;
      background: none;
      border: 0;
      color: var(--_wb-accent);
      text-decoration: underline;
      cursor: pointer;
      min-block-size: 2.5rem;
      padding-inline: 0.25rem;
    }
    .names {
      display: grid;
      gap: 0 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }
    .snippet {
      margin-block: 1rem;
    }
    textarea {
      display: block;
      inline-size: 100%;
      font-family: ui-monospace, monospace;
      font-size: 0.9rem;
      padding: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      margin-block: 0.25rem;
      resize: vertical;
      white-space: pre;
      overflow-x: auto;
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
      }
      .group,
      .verdict,
      .privacy {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
