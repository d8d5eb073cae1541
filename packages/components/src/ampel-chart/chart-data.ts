/** Loaded on the first click on "get the data" (shared/download.ts): the chart's tables as CSV rows (per field and in total, per report), and the saving. */
export { statsRows, progressRows } from '@konzept-kit/sdk';
export { saveData } from '../shared/data-files.js';
