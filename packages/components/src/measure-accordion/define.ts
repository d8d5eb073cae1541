import { defineElement, prefixedTag } from '../shared/define.js';
import { MeasureAccordion } from './measure-accordion.js';

/** Registers `<measure-accordion>` (or `<prefix-measure-accordion>`); returns the tag name in use. */
export function defineMeasureAccordion(prefix?: string): string {
  return defineElement(prefixedTag('measure-accordion', prefix), MeasureAccordion);
}

declare global {
  interface HTMLElementTagNameMap {
    'measure-accordion': MeasureAccordion;
  }
}
