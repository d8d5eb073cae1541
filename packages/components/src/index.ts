/**
 * The elements as classes (no side effects) and functions that register them. The bundle entry
 * `register.ts` calls `registerAll()`; developers may register single elements or use a prefix.
 */
export { KonzeptElement } from './shared/konzept-element.js';
export { registerTranslation, registeredLanguages, translationOf, translate } from './shared/i18n.js';
export { konzeptContext, type KonzeptContextValue, type LoadState } from './shared/context.js';
export type * from './shared/events.js';
export { defineElement, prefixedTag } from './shared/define.js';
export { VERSION } from './shared/version.js';
export { KonzeptProvider } from './provider/konzept-provider.js';
export { defineKonzeptProvider } from './provider/define.js';
export { MeasureAccordion } from './measure-accordion/measure-accordion.js';
export { defineMeasureAccordion } from './measure-accordion/define.js';
export { AmpelChart, type ChartView } from './ampel-chart/ampel-chart.js';
export { defineAmpelChart } from './ampel-chart/define.js';
export { VersionDiff } from './version-diff/version-diff.js';
export { defineVersionDiff } from './version-diff/define.js';
export { registerAll, type RegisterAllOptions, type RegisteredTags } from './register-all.js';
export { ELEMENTS, type ElementRow, type ElementKey } from './registry.js';
export { upgradeLinks, watchLinks, LINK_CLASSES } from './embed/upgrade-links.js';
export { cssProps, type CssProps } from './shared/css-props.js';
