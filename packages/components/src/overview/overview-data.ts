/** Loaded on the first click on "get the data" (shared/download.ts): participation and integration reports, as CSV rows, and the saving. */
export { overviewRows } from '@konzept-kit/sdk';
export { saveData } from '../shared/data-files.js';
