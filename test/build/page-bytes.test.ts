/**
 * Bytes by what the page shows: the one script tag (dist/konzept-kit.js) loads only the code of the
 * elements on the page. Counted in Chromium (scripts/page-bytes.mjs): every script response of the
 * page, gzipped at level 9, on the demo server (scripts/serve.mjs, strict CSP).
 *
 * The targets are 30 KB for a page with one chart and 60 KB with all three elements. They are
 * not reached yet. zod and the detailed messages now load only for an invalid export (the fast path
 * is generated at build time), and the chart draws its donut without d3. The enforced ceilings
 * below are what the page loads today plus 2 %; the targets are reported as to-dos with the figure.
 *
 * Needs dist/ (`npm test` builds first; alone: `npm run build`).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
// @ts-expect-error: plain ES module scripts without types
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/local-web.mjs';
// @ts-expect-error: plain ES module scripts without types
import { scriptBytesOfPage } from '../../scripts/page-bytes.mjs';
// @ts-expect-error: plain ES module scripts without types
import { serve } from '../../scripts/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/konzept-kit.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle'], { cwd: root, stdio: 'inherit' });
}

const KB = 1024;
/** The targets (min+gzip, everything the page loads). */
const TARGET = { chart: 30 * KB, all: 60 * KB };
/**
 * Enforced now: measured 2026-12-03 (chart 50.1 KB, all three 81.7 KB) plus 2 %, plus 0.5 KB for the
 * error view's part for editors (the JSON error at its line, the first problems with the
 * measure's title, where to check the file; measured +0.2 KB for a chart, +0.4 KB for all three), plus
 * 0.4 KB (a chart) and 0.5 KB (all three) for the SDK's equal-percent rounding, two-way umlaut search and
 * CSV rows (a chart measured 51.9 KB). After the diff of every level, 10:50 UTC:
 * all three 87.5 KB; both ceilings now the latest measure plus 2 %. At the end of 3 Dec (11:20 UTC):
 * chart 52.7 KB, all three 91.0 KB, so 53.8 / 92.8 KB. Without zod on the valid path and without d3:
 * chart 40.7 KB, all three 78.9 KB; with what landed meanwhile (12:15 UTC) 42.1 / 80.9 KB. With the link
 * upgrade, the JSON error's position and the other encodings loaded only when needed, and the shared
 * code in two chunks instead of seven: 37.5 / 75.4 KB. With what landed since and esbuild's decorator
 * helpers shared by the elements (14:10 UTC): 38.3 / 75.6 KB, so 39.1 / 77.1 KB. With "get the data"
 * under the chart, the list and the diff (the buttons load with the element, the rows on the first
 * click; 14:40 UTC): 38.8 / 77.8 KB, so 39.6 / 78.6 KB. Words by the page's language (German in the
 * element's code, English loaded beside it only on an English page; 3 Dec, 16:10 UTC): German 38.5 / 76.2 KB,
 * so 39.3 / 77.7 KB; an English page (German stays as the fallback, English in two more files) 40.0 /
 * 80.3 KB, so 40.8 / 81.9 KB. With the fast path of parsing generated as one small function per shape
 * on shared helpers (fast-path.ts) and the Ampel default imported instead of written out again (3 Dec,
 * 16:00 UTC): German 37.4 / 75.5 KB, so 38.1 / 77.0 KB; English 38.9 / 79.6 KB, so 39.7 / 81.2 KB.
 * Views on demand (the chart's bar views, the diff's synopsis and status mode load only when shown;
 * 16:10 UTC): German 36.0 / 71.1 KB, so 36.7 / 72.5 KB; English 37.5 / 75.3 KB, so 38.3 / 76.8 KB.
 * The semantic checks' words (and the id patterns) loaded with zod's, only for an export with a problem
 * (16:20 UTC): German 35.4 / 70.5 KB, so 36.1 / 71.9 KB; English 36.9 / 74.6 KB, so 37.6 / 76.1 KB. What
 * long lists need (parts, paging, deep links) in a chunk of its own that the chart's first view does not
 * load (16:30 UTC): German 34.5 / 70.5 KB, so 35.2 / 71.9 KB; English 36.0 / 74.6 KB, so 36.7 / 76.1 KB.
 * Lit's async directives and static templates there too (only lists and headings use them; 16:40 UTC):
 * German 33.7 / 70.5 KB, so 34.4 / 71.9 KB; English 35.2 / 74.6 KB, so 35.9 / 76.1 KB. The bar views'
 * styles with their code, and what landed meanwhile (17:00 UTC): German 33.4 / 70.9 KB, so 34.1 / 72.3 KB;
 * English 34.9 / 75.0 KB, so 35.6 / 76.5 KB. Lit's guard (the list and the diff) with the lists' chunk,
 * not a file of its own (17:10 UTC): all three 70.7 KB, so 72.1 KB; English 74.9 KB, so 76.4 KB.
 */
const CEILING = { chart: 34.1 * KB, all: 72.1 * KB, chartEnglish: 35.6 * KB, allEnglish: 76.4 * KB };

const CHART = '<ampel-chart src="/schema/examples/konstanz-2.0.json"></ampel-chart>';
const ACCORDION = '<measure-accordion src="/schema/examples/konstanz-2.0.json"></measure-accordion>';
const DIFF = '<version-diff from="/schema/examples/konstanz-1.0.json" to="/schema/examples/konstanz-2.0.json"></version-diff>';
const page = (body: string, lang = 'de') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bytes</title><script type="module" src="/dist/konzept-kit.js"></script></head><body>${body}</body></html>`;
const shown = (tag: string, selector: string) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;

type Counted = { files: { url: string; gzip: number; text: string }[]; gzip: number };
let server: Server;
let browser: Browser;
let origin: string;
const counted: Record<'chart' | 'all' | 'none' | 'chartEnglish' | 'allEnglish', Counted | undefined> = {
  chart: undefined,
  all: undefined,
  none: undefined,
  chartEnglish: undefined,
  allEnglish: undefined,
};
const ALL_SHOWN = `${shown('ampel-chart', 'svg')} && ${shown('measure-accordion', 'button')} && ${shown('version-diff', 'h2, h3, section')}`;

before(async () => {
  server = await serve({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  counted.chart = await scriptBytesOfPage(browser, `${origin}/bytes-chart.html`, shown('ampel-chart', 'svg'), page(CHART));
  counted.all = await scriptBytesOfPage(browser, `${origin}/bytes-all.html`, ALL_SHOWN, page(CHART + ACCORDION + DIFF));
  counted.none = await scriptBytesOfPage(browser, `${origin}/bytes-none.html`, 'true', page('<p>Nur Text.</p>'));
  // Ready once the chart speaks English: its button says "Show table".
  const chartInEnglish = `document.querySelector('ampel-chart')?.shadowRoot?.querySelector('[part=toggle]')?.textContent.trim() === 'Show table'`;
  counted.chartEnglish = await scriptBytesOfPage(browser, `${origin}/bytes-chart-en.html`, chartInEnglish, page(CHART, 'en'));
  counted.allEnglish = await scriptBytesOfPage(
    browser,
    `${origin}/bytes-all-en.html`,
    `${ALL_SHOWN} && ${chartInEnglish}`,
    page(CHART + ACCORDION + DIFF, 'en'),
  );
});

after(async () => {
  await browser?.close();
  server?.close();
});

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const list = (c: Counted) => c.files.map((f) => `${f.url.replace(origin, '')} ${kb(f.gzip)}`).join(', ');

test('a page without our elements loads only the small loader (and the small module it shares with the elements)', () => {
  const c = counted.none!;
  assert.ok(c.files.length <= 2, list(c));
  assert.ok(c.gzip < 2.6 * KB, `${kb(c.gzip)}: ${list(c)}`);
});

test('a page with one <ampel-chart> loads the chart, not the accordion or the diff', () => {
  const c = counted.chart!;
  assert.ok(c.gzip <= CEILING.chart, `${kb(c.gzip)} > ${kb(CEILING.chart)}: ${list(c)}`);
  assert.ok(c.gzip < counted.all!.gzip - 20 * KB, `one chart ${kb(c.gzip)} vs all three ${kb(counted.all!.gzip)}`);
});

test('a page with all three elements loads each once', () => {
  const c = counted.all!;
  assert.ok(c.gzip <= CEILING.all, `${kb(c.gzip)} > ${kb(CEILING.all)}: ${list(c)}`);
  assert.equal(new Set(c.files.map((f) => f.url)).size, c.files.length);
});

/**
 * English sentences of the elements that are not German too (long enough to be unmistakable). Not
 * those the SDK's load errors carry in both languages for every caller (`LoadError.text`).
 */
async function englishSentences(): Promise<string[]> {
  const { registerAll } = await import('../../packages/components/src/register-all.js');
  const { translationOf } = await import('../../packages/components/src/shared/i18n.js');
  registerAll();
  // And the error view's, which load with it (no page here shows an error): no page may carry them.
  await import('../../packages/components/src/shared/error-view.i18n.en.js');
  const german = new Set(Object.values(translationOf('de')));
  const sdk = readFileSync(join(root, 'packages/sdk/src/load.ts'), 'utf8');
  return Object.values(translationOf('en')).filter(
    (v): v is string => typeof v === 'string' && v.length >= 20 && /^[A-Za-z ,.]+$/.test(v) && !german.has(v) && !sdk.includes(v),
  );
}

test('a German page loads no English words; an English page loads them with the elements', async () => {
  const english = await englishSentences();
  assert.ok(english.length > 15, `${english.length} sentences`);
  const found = (c: Counted) => english.filter((sentence) => c.files.some((f) => f.text.includes(sentence)));
  assert.deepEqual(found(counted.chart!), [], list(counted.chart!));
  assert.deepEqual(found(counted.all!), [], list(counted.all!));
  assert.ok(found(counted.chartEnglish!).length > 3, list(counted.chartEnglish!));
  assert.ok(found(counted.allEnglish!).length > english.length / 2, list(counted.allEnglish!));
  assert.ok(
    counted.chartEnglish!.gzip <= CEILING.chartEnglish,
    `${kb(counted.chartEnglish!.gzip)} > ${kb(CEILING.chartEnglish)}: ${list(counted.chartEnglish!)}`,
  );
  assert.ok(counted.allEnglish!.gzip <= CEILING.allEnglish, `${kb(counted.allEnglish!.gzip)} > ${kb(CEILING.allEnglish)}: ${list(counted.allEnglish!)}`);
});

test(`the target: one chart ≤ 30 KB`, { todo: 'the elements, Lit and the fast path are still more' }, () => {
  assert.ok(counted.chart!.gzip <= TARGET.chart, `${kb(counted.chart!.gzip)} > ${kb(TARGET.chart)}`);
});

test(`the target: all three ≤ 60 KB`, { todo: 'the elements, Lit and the fast path are still more' }, () => {
  assert.ok(counted.all!.gzip <= TARGET.all, `${kb(counted.all!.gzip)} > ${kb(TARGET.all)}`);
});
