/**
 * Headings at the level the page asks for (`heading-level`), so an element fits into the page's
 * outline: its top headings one level below the page's last heading, the rest below them.
 *
 * One plain template per level, not `lit/static-html.js` (a tag as a binding): every page with a
 * list or a diff loaded Lit's static templates (0.4 KB gzip) for headings alone.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** An element's `heading-level` as used: a whole number 1–4, else 2. */
export function headingLevel(value: unknown): number {
  return Math.min(4, Math.max(1, Math.round(Number(value)) || 2));
}

/** A heading's `part` and `class` (the same name when only `part` is given) and `id`. */
export type HeadingAttributes = string | { readonly part?: string; readonly class?: string; readonly id?: string };

/** `<h{level} part class id>` (level clamped to 1–6); a string is the part and the class. */
export function heading(level: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  const { part, class: name = part, id } = typeof attributes === 'string' ? { part: attributes } : attributes;
  const [p, c, i] = [part ?? nothing, name ?? nothing, id ?? nothing];
  switch (Math.min(6, Math.max(1, Math.round(level) || 1))) {
    case 1:
      return html`<h1 part=${p} class=${c} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${p} class=${c} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${p} class=${c} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} class=${c} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} class=${c} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${p} class=${c} id=${i}>${content}</h6>`;
  }
}
