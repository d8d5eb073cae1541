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
