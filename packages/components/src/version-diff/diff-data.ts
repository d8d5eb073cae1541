/** Loaded on the first click on "get the data" (shared/download.ts): the changes a filter leaves (and the status changes), as CSV rows, and the saving. */
export { diffRows, statusChangeRows } from '@konzept-kit/sdk';
export { saveData } from '../shared/data-files.js';
