#!/usr/bin/env node
// The screenshots of the workbench in docs/EMBED.md (docs/img/werkstatt-*.png), taken from the
// built page (dist/werkstatt.html, opened from the folder as an editor does): a broken spreadsheet
// at 1280 px, the preview of the sample workbook at 320 px (phone), the snippets at 1280 px.
// `npm run build && node scripts/werkstatt-shots.mjs`
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from './local-web.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const page = pathToFileURL(join(root, 'dist/werkstatt.html')).href;
const out = join(root, 'docs/img');
const work = mkdtempSync(join(tmpdir(), 'konzept-shots-'));
const broken = join(work, 'ampeldokument.csv');
writeFileSync(
  broken,
  'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;blau\r\n;;;rot\r\nArbeit;Ausbildung;Jobmesse;\r\n',
);
const good = join(root, 'release/konzept-kit/beispiel/beispiel-ampeldokument.xlsx');

const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS, '--lang=de-DE'] });
async function shoot(width, file, section, name, ready = async () => {}) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await tab.goto(page);
  await tab.waitForFunction(() => document.querySelector('konzept-workbench')?.shadowRoot?.querySelector('#file'));
  const input = await tab.waitForSelector('konzept-workbench >>> #file');
  await input.uploadFile(file);
  await tab.waitForFunction(() => /[„“]/.test(document.querySelector('konzept-workbench').shadowRoot.querySelector('.verdict').textContent), {
    timeout: 60_000,
  });
  await ready(tab);
  const target = await tab.waitForSelector(`konzept-workbench >>> section[aria-labelledby="${section}"]`);
  await target.screenshot({ path: join(out, name) });
  console.log(`docs/img/${name}`);
  await tab.close();
}
await shoot(1280, broken, 'step2', 'werkstatt-probleme.png');
await shoot(320, good, 'step3', 'werkstatt-vorschau.png', (tab) =>
  tab.waitForFunction(() => document.querySelector('konzept-workbench').shadowRoot.querySelector('ampel-chart')?.shadowRoot?.querySelector('svg')),
);
await shoot(1280, good, 'step4', 'werkstatt-schnipsel.png');
await browser.close();
