/**
 * Headings at the level the page asks for (`heading-level`), so an element fits into the page's
 * outline: its top headings one level below the page's last heading, the rest below them.
 */
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** An element's `heading-level` as used: a whole number 1–4, else 2. */
export function headingLevel(value: unknown): number {
  return Math.min(4, Math.max(1, Math.round(Number(value)) || 2));
}

/** The tag `<h1>` … `<h6>` for a level (clamped to 1–6), for `lit/static-html.js` templates. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[Math.min(6, Math.max(1, level)) - 1]!;
}

/** `<h{level} part class>` (level clamped to 1–6). */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} class=${part} id=${id ?? nothing}>${content}</${tag}>`;
}
