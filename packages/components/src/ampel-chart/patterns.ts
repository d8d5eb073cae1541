/**
 * Fill patterns that tell the statuses apart without colour: the n-th status of a scale gets the
 * n-th pattern (the first is solid), drawn as light marks over the status colour, and in
 * forced-colours mode as the only difference between segments.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

const MARKS: ReadonlyArray<SVGTemplateResult | undefined> = [
  undefined,
  // diagonal stripes
  svg`<pattern id="konzept-pattern-1" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-mark" width="2.5" height="7"/></pattern>`,
  // dots
  svg`<pattern id="konzept-pattern-2" width="6" height="6" patternUnits="userSpaceOnUse"><circle class="pattern-mark" cx="3" cy="3" r="1.5"/></pattern>`,
  // cross-hatch
  svg`<pattern id="konzept-pattern-3" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="pattern-mark" width="2" height="7"/><rect class="pattern-mark" width="7" height="2"/></pattern>`,
  // horizontal stripes
  svg`<pattern id="konzept-pattern-4" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-mark" width="6" height="2"/></pattern>`,
  // vertical stripes
  svg`<pattern id="konzept-pattern-5" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-mark" width="2" height="6"/></pattern>`,
  // reverse diagonal
  svg`<pattern id="konzept-pattern-6" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect class="pattern-mark" width="2.5" height="7"/></pattern>`,
  // small squares
  svg`<pattern id="konzept-pattern-7" width="7" height="7" patternUnits="userSpaceOnUse"><rect class="pattern-mark" x="1" y="1" width="3" height="3"/></pattern>`,
];

/** The `fill` of the pattern layer for the n-th segment of a scale (`none` for the solid first one). */
export function patternFill(index: number): string {
  const n = index % MARKS.length;
  return n === 0 ? 'none' : `url(#konzept-pattern-${n})`;
}

/**
 * The pattern definitions, in an SVG of no size that stays rendered (patterns inside
 * `display: none` are not painted in some browsers). One per shadow root: ids are scoped to it.
 */
export function patternDefs(): TemplateResult {
  return html`<svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${MARKS}</defs></svg>`;
}
