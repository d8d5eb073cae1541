// The element with its German words only: the page's loader (embed/autoload.ts) imports this and
// loads the words of the page's language beside it. define.ts adds English for every other entry.
import { defineElement, prefixedTag } from '../shared/define.js';
import { AmpelChart } from './ampel-chart.js';

/** Registers `<ampel-chart>` (or `<prefix-ampel-chart>`) and returns the tag name in use. */
export function defineAmpelChart(prefix?: string): string {
  return defineElement(prefixedTag('ampel-chart', prefix), AmpelChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'ampel-chart': AmpelChart;
  }
}
