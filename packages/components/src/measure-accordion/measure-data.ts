/** Loaded on the first click on "get the data" (shared/download.ts): the measures a filter leaves, as CSV rows, and the saving. */
export { measureRows } from '@konzept-kit/sdk';
export { saveData } from '../shared/data-files.js';
