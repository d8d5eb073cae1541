/**
 * Writes schema/templates/ampeldokument-vorlage.xlsx (`npm run template`): the empty Ampeldokument
 * editors download, with the columns `konzept import` reads, a status drop-down, a frozen header
 * and the "Anleitung" sheet. The file is committed; its bytes only change when its content does,
 * and test/cli/import-export.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateXlsx } from '../packages/sdk/src/spreadsheet/index.js';

const target = fileURLToPath(new URL('../schema/templates/ampeldokument-vorlage.xlsx', import.meta.url));
writeFileSync(target, await templateXlsx());
console.log(`${target} geschrieben / written`);
