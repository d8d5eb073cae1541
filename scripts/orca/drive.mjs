// Used by scripts/orca/run.sh: moves focus and presses keys in the demo in a real Chromium while Orca runs,
// and prints what Orca said after each step (from its debug log).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
const log = process.env.ORCA_LOG;
const spoken = () =>
  readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l.includes('SPEECH OUTPUT'))
    .map((l) => l.replace(/^.*SPEECH OUTPUT: /, '').replace(/\{'established.*$/, ''));
const browser = await puppeteer.connect({ browserURL: 'http://127.0.0.1:9221', defaultViewport: null });
const [page] = (await browser.pages()).filter((p) => p.url().includes('8021'));
await page.bringToFront();
await page.goto('http://127.0.0.1:8021/', { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 4000));
await new Promise((r) => setTimeout(r, 1500));
const step = async (label, fn) => {
  const before = spoken().length;
  await fn();
  await new Promise((r) => setTimeout(r, 2500));
  console.log(`\n## ${label}`);
  for (const line of spoken().slice(before)) console.log('  ' + line);
};
const inAccordion = (js) => page.evaluate(`(() => { const r = document.querySelector('measure-accordion').shadowRoot; ${js} })()`);
const inDiff = (js) => page.evaluate(`(() => { const r = document.querySelector('version-diff').shadowRoot; ${js} })()`);
const inChart = (js) => page.evaluate(`(() => { const r = document.querySelector('ampel-chart').shadowRoot; ${js} })()`);
await step('focus: first measure button', () => inAccordion(`r.querySelector('.measure-button').focus()`));
await step('key: Enter (open)', () => page.keyboard.press('Enter'));
await step('key: Tab', () => page.keyboard.press('Tab'));
await step('focus: skip link', () => inAccordion(`r.querySelector('[part=skip]').focus()`));
await step('key: Enter on skip link', () => page.keyboard.press('Enter'));
await step('key: Tab', () => page.keyboard.press('Tab'));
await step('focus: search; type xyzxyz + Enter (empty result)', async () => {
  await inAccordion(`r.querySelector('#search').focus()`);
  await page.keyboard.type('xyzxyz');
  await page.keyboard.press('Enter');
});
await step('focus: chart table toggle', () => inChart(`r.querySelector('[part=toggle]').focus()`));
await step('key: Space (press toggle)', () => page.keyboard.press('Space'));
await step('focus: first change in the diff', () => inDiff(`r.querySelector('.change').focus()`));
await browser.disconnect();
