// The element with its German words only: the page's loader (embed/autoload.ts) imports this and
// loads the words of the page's language beside it. define.ts adds English for every other entry.
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
