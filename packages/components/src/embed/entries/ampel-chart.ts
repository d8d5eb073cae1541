// Entry of dist/ampel-chart.js: registers only this element (`?prefix=lk` on the script address works here too).
import { defineAmpelChart } from '../../ampel-chart/define.js';
import { scriptOptions } from '../script-options.js';

defineAmpelChart(scriptOptions(import.meta.url).prefix);
