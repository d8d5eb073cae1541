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
import { existsSync } from 'node:fs';
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
 * click; 14:40 UTC): 38.8 / 77.8 KB, so 39.6 / 78.6 KB. With the fast path of parsing generated as one
 * small function per shape on shared helpers (fast-path.ts), the Ampel default imported instead of
 * written out again (3 Dec, 15:55 UTC): 37.6 / 77.1 KB, so 38.4 / 78.6 KB.
 */
const CEILING = { chart: 38.4 * KB, all: 78.6 * KB };

const CHART = '<ampel-chart src="/schema/examples/konstanz-2.0.json"></ampel-chart>';
const ACCORDION = '<measure-accordion src="/schema/examples/konstanz-2.0.json"></measure-accordion>';
const DIFF = '<version-diff from="/schema/examples/konstanz-1.0.json" to="/schema/examples/konstanz-2.0.json"></version-diff>';
const page = (body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bytes</title><script type="module" src="/dist/konzept-kit.js"></script></head><body>${body}</body></html>`;
const shown = (tag: string, selector: string) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;

type Counted = { files: { url: string; gzip: number }[]; gzip: number };
let server: Server;
let browser: Browser;
let origin: string;
const counted: Record<'chart' | 'all' | 'none', Counted | undefined> = { chart: undefined, all: undefined, none: undefined };

before(async () => {
  server = await serve({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  counted.chart = await scriptBytesOfPage(browser, `${origin}/bytes-chart.html`, shown('ampel-chart', 'svg'), page(CHART));
  counted.all = await scriptBytesOfPage(
    browser,
    `${origin}/bytes-all.html`,
    `${shown('ampel-chart', 'svg')} && ${shown('measure-accordion', 'button')} && ${shown('version-diff', 'h2, h3, section')}`,
    page(CHART + ACCORDION + DIFF),
  );
  counted.none = await scriptBytesOfPage(browser, `${origin}/bytes-none.html`, 'true', page('<p>Nur Text.</p>'));
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

test(`the target: one chart ≤ 30 KB`, { todo: 'the elements, Lit and the fast path are still more' }, () => {
  assert.ok(counted.chart!.gzip <= TARGET.chart, `${kb(counted.chart!.gzip)} > ${kb(TARGET.chart)}`);
});

test(`the target: all three ≤ 60 KB`, { todo: 'the elements, Lit and the fast path are still more' }, () => {
  assert.ok(counted.all!.gzip <= TARGET.all, `${kb(counted.all!.gzip)} > ${kb(TARGET.all)}`);
});
