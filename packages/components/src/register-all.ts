/**
 * Registers every element at once, optionally under a prefix (`registerAll({ prefix: 'lk' })` gives
 * `<lk-ampel-chart>`, `<lk-measure-accordion>`, `<lk-version-diff>`, `<lk-provider>`). Safe to call
 * twice and safe when another copy of konzept-kit registered first: `defineElement` never throws.
 */
import { defineKonzeptProvider } from './provider/define.js';
import { defineAmpelChart } from './ampel-chart/define.js';
import { defineMeasureAccordion } from './measure-accordion/define.js';
import { defineVersionDiff } from './version-diff/define.js';

export interface RegisterAllOptions {
  /** Tag prefix; without one the tags are `ampel-chart`, `measure-accordion`, `version-diff`, `konzept-provider`. */
  readonly prefix?: string;
}

/** The tag names in use after registration. */
export interface RegisteredTags {
  readonly provider: string;
  readonly ampelChart: string;
  readonly measureAccordion: string;
  readonly versionDiff: string;
}

export function registerAll(options: RegisterAllOptions = {}): RegisteredTags {
  const { prefix } = options;
  return {
    provider: defineKonzeptProvider(prefix),
    ampelChart: defineAmpelChart(prefix),
    measureAccordion: defineMeasureAccordion(prefix),
    versionDiff: defineVersionDiff(prefix),
  };
}
