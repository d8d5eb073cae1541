// Entry of dist/measure-accordion.js: registers only this element (`?prefix=lk` on the script address works here too).
import { defineMeasureAccordion } from '../../measure-accordion/define.js';
import { scriptOptions } from '../script-options.js';

defineMeasureAccordion(scriptOptions(import.meta.url).prefix);
