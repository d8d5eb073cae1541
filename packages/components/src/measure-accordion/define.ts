import '../shared/common.i18n.en.js';
import './measure-accordion.i18n.en.js';

/** Registers the element, with its words in German and English (the page's loader takes define-de.ts and loads English only for an English page). */
export { defineMeasureAccordion } from './define-de.js';
