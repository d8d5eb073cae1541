#!/usr/bin/env node
// `npm run bench`: parse, render, search, diff and memory figures in headless Chromium, with
// generated concepts of 200, 2,000 and 10,000 measures (bench/generate.ts), each render against a
// plain hand-written DOM baseline (bench/baselines.ts) measured in the same run. Not part of the tests.
//
// 1. builds the bundle (scripts/build.mjs --bundle) for the size rows, if the build script exists;
// 2. generates the concepts and bundles bench/page.ts + bench/parse-worker.ts with esbuild;
// 3. serves them on 127.0.0.1 (node:http, a free port) and drives Chromium (puppeteer-core,
//    CHROME_PATH or /usr/bin/chromium), a fresh tab per render so every render is a first render;
// 4. prints the table, writes bench-results/latest.json and latest.md; with `--docs` it also puts
//    the table into docs/BENCHMARKS.md (between the bench markers).
//
// Options: --runs N (default 7; 5 at 10,000 measures), --sizes 200,2000, --quick (3 runs, 200 and
// 2,000), --only parse,render,sdk,peer-accordion (a part, while working on it), --no-build, --docs,
// --serve (only serve the bench pages, with source maps, to profile them in a browser: /, /peers.html).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/local-web.mjs';
import { args, option, root } from './cli.mjs';
import { scriptBytesOfPage } from '../scripts/page-bytes.mjs';

const quick = args.includes('--quick');
const runsOption = Number(option('runs') ?? (quick ? 3 : 0)) || undefined;
const sizes = (option('sizes') ?? (quick ? '200,2000' : '200,2000,10000')).split(',').map(Number);
const only = new Set((option('only') ?? 'parse,render,sdk,peers').split(','));
const runsFor = (size) => runsOption ?? (size >= 10_000 ? 5 : 7);
/** Parsing is quick to repeat: more runs for a steadier median. */
const parseRunsFor = (size) => Math.max(runsFor(size), quick ? 5 : 15);
const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);

const load = { before: loadavg().map((n) => Math.round(n * 100) / 100) };
log(`load average ${load.before.join(' ')} on ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);

// ---- 1. the bundle sizes ----
let sizesRows = [];
if (!args.includes('--no-build') && existsSync(join(root, 'scripts/build.mjs'))) {
  log('building dist/ (scripts/build.mjs --bundle)');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle', '--report-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) log(`the build exited with ${result.status}; sizes are from whatever dist/ holds`);
}
if (existsSync(join(root, 'dist'))) {
  sizesRows = readdirSync(join(root, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const buffer = readFileSync(join(root, 'dist', file));
      return { file, bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
    });
}

// ---- 2. data and page ----
const work = join(tmpdir(), `konzept-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
/** Bundles bench/<name>.ts for Node into the work folder; returns the path of the .mjs. */
async function nodeBundle(name, options = {}) {
  const outfile = join(work, `${name}.mjs`);
  await build({ entryPoints: [join(root, `bench/${name}.ts`)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', ...options });
  return outfile;
}
const { generateConcept, evolveConcept } = await import(pathToFileURL(await nodeBundle('generate')).href);
const data = new Map();
for (const size of sizes) {
  const first = generateConcept(size);
  data.set(`concept-${size}`, Buffer.from(JSON.stringify(first)));
  data.set(`concept-${size}-v2`, Buffer.from(JSON.stringify(evolveConcept(first))));
}
if (!sizes.includes(2000)) {
  const first = generateConcept(2000);
  data.set('concept-2000', Buffer.from(JSON.stringify(first)));
  data.set('concept-2000-v2', Buffer.from(JSON.stringify(evolveConcept(first))));
}
log(`generated ${[...data.keys()].join(', ')}`);

// Ajv's standalone validator of our JSON Schema, generated here (bench/parse-peers.ts imports it).
const standaloneFile = join(work, 'ajv-standalone.mjs');
{
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const addFormats = (await import('ajv-formats')).default;
  const standaloneCode = (await import('ajv/dist/standalone/index.js')).default;
  const ajv = new Ajv2020({ strict: false, code: { source: true, esm: true } });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/concept.schema.json'), 'utf8')));
  writeFileSync(standaloneFile, standaloneCode(ajv, validate));
}
const ajvStandalone = {
  name: 'ajv-standalone',
  setup(b) {
    b.onResolve({ filter: /^ajv-standalone-concept$/ }, () => ({ path: standaloneFile }));
  },
};
/** Minified ES modules for Chromium; KoliBri's files and the peers' byte pages are served apart. */
const BROWSER_BUILD = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  external: ['/kolibri/*', '/bytes/*'],
  write: false,
  conditions: ['browser', 'module', 'import', 'default'],
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
  sourcemap: args.includes('--serve') ? 'inline' : false,
};
const bundled = await build({
  ...BROWSER_BUILD,
  entryPoints: { page: join(root, 'bench/page.ts'), worker: join(root, 'bench/parse-worker.ts'), peers: join(root, 'bench/peers.ts') },
  outdir: '/',
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [ajvStandalone],
});
const files = new Map(bundled.outputFiles.map((f) => [f.path.replace(/^.*\//, '/'), Buffer.from(f.contents)]));
/** Each peer's own code alone, minified as its users would ship it: what a page with it loads. */
const PEER_SCRIPTS = {
  'kolibri-theme': `export { DEFAULT } from '@public-ui/themes';`,
  kolibri: `const { DEFAULT } = await import('/bytes/kolibri-theme.js'); const { register } = await import('/kolibri/index.js'); const { defineCustomElements } = await import('/kolibri/loader.js'); await register(DEFAULT, defineCustomElements); document.body.append(document.createElement('kol-accordion'));`,
  shoelace: `import '@shoelace-style/shoelace/dist/components/details/details.js';`,
  chartjs: `import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js'; Chart.register(BarController, BarElement, CategoryScale, LinearScale); globalThis.Chart = Chart;`,
  echarts: `import * as echarts from 'echarts/core'; import { BarChart } from 'echarts/charts'; import { GridComponent } from 'echarts/components'; import { CanvasRenderer } from 'echarts/renderers'; echarts.use([BarChart, GridComponent, CanvasRenderer]); globalThis.echarts = echarts;`,
  jsdiff: `import { diffWords } from 'diff'; globalThis.diffWords = diffWords;`,
  ajv: `import standalone from 'ajv-standalone-concept'; globalThis.validate = standalone;`,
};
const peerFiles = new Map();
/** KoliBri's lazy-loading build, served as it ships (bench/peers.ts). */
const KOLIBRI = join(root, 'node_modules/@public-ui/components/dist/esm');
for (const [name, contents] of Object.entries(PEER_SCRIPTS)) {
  const out = await build({ ...BROWSER_BUILD, stdin: { contents, resolveDir: root, loader: 'js' }, plugins: [ajvStandalone] });
  peerFiles.set(name, Buffer.from(out.outputFiles[0].contents));
}
/** Pages whose script bytes are counted in the browser (scripts/page-bytes.mjs): ours with the one script tag, and each peer. */
const shadowReady = (tag, selector) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('${selector}')`;
const ourPage = (script, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bytes</title><script type="module" src="/dist/${script}"></script></head><body>${body}</body></html>`;
const ACCORDION = '<measure-accordion src="/data/concept-200.json"></measure-accordion>';
const CHART = '<ampel-chart src="/data/concept-200.json"></ampel-chart>';
const DIFF = '<version-diff from="/data/concept-200.json" to="/data/concept-200-v2.json"></version-diff>';
const BYTE_PAGES = {
  'ours-accordion': {
    label: '<measure-accordion>, konzept-kit.js',
    html: ourPage('konzept-kit.js', ACCORDION),
    ready: shadowReady('measure-accordion', 'button.measure-button'),
  },
  'ours-accordion-entry': {
    label: '<measure-accordion>, dist/measure-accordion.js',
    html: ourPage('measure-accordion.js', ACCORDION),
    ready: shadowReady('measure-accordion', 'button.measure-button'),
  },
  kolibri: {
    label: 'KoliBri kol-accordion (without its theme)',
    without: /kolibri-theme\.js$/,
    html: '<script type="module" src="/bytes/kolibri.js"></script>',
    ready: "!!document.querySelector('kol-accordion.hydrated, kol-accordion[class]')?.shadowRoot",
  },
  shoelace: { label: 'Shoelace sl-details', html: '<script type="module" src="/bytes/shoelace.js"></script>', ready: "!!customElements.get('sl-details')" },
  'ours-chart': { label: '<ampel-chart>, konzept-kit.js', html: ourPage('konzept-kit.js', CHART), ready: shadowReady('ampel-chart', 'svg') },
  'ours-chart-entry': { label: '<ampel-chart>, dist/ampel-chart.js', html: ourPage('ampel-chart.js', CHART), ready: shadowReady('ampel-chart', 'svg') },
  chartjs: { label: 'Chart.js (bar chart parts)', html: '<script type="module" src="/bytes/chartjs.js"></script>', ready: '!!globalThis.Chart' },
  echarts: { label: 'ECharts (core, bar, grid, canvas)', html: '<script type="module" src="/bytes/echarts.js"></script>', ready: '!!globalThis.echarts' },
  'ours-all': {
    label: 'all three elements, konzept-kit.js',
    html: ourPage('konzept-kit.js', CHART + ACCORDION + DIFF),
    ready: `${shadowReady('ampel-chart', 'svg')} && ${shadowReady('measure-accordion', 'button.measure-button')} && ${shadowReady('version-diff', 'section, ol, ul')}`,
  },
};
// The parse peers in Node, from a bundle of bench/peers-node.ts.
const peersNode = await nodeBundle('peers-node', {
  plugins: [ajvStandalone],
  nodePaths: [join(root, 'node_modules')],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>konzept-kit bench</title>
<meta name="viewport" content="width=device-width"></head><body><main id="stage"></main><script type="module" src="/page.js"></script></body></html>`;

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/') return send('text/html; charset=utf-8', html);
  if (path === '/peers.html') return send('text/html; charset=utf-8', html.replace('/page.js', '/peers.js'));
  if (path.startsWith('/bytes/') && BYTE_PAGES[path.slice(7, -5)]) return send('text/html; charset=utf-8', BYTE_PAGES[path.slice(7, -5)].html);
  if (path.startsWith('/bytes/') && peerFiles.has(path.slice(7, -3))) return send('text/javascript', peerFiles.get(path.slice(7, -3)));
  if (path.startsWith('/kolibri/') && !path.includes('..') && existsSync(join(KOLIBRI, path.slice(9))))
    return send('text/javascript', readFileSync(join(KOLIBRI, path.slice(9))));
  if (path.startsWith('/dist/') && !path.includes('..') && existsSync(join(root, path))) return send('text/javascript', readFileSync(join(root, path)));
  if (path === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  if (files.has(path)) return send('text/javascript', files.get(path));
  const match = /^\/data\/([\w-]+)\.json$/.exec(path);
  if (match && data.has(match[1])) return send('application/json', data.get(match[1]));
  res.writeHead(404);
  res.end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
if (args.includes('--serve')) {
  log(`serving the bench pages on ${origin} (/, /peers.html) until stopped`);
  await new Promise(() => {});
}

// ---- 3. Chromium ----
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});
const version = await browser.version();
log(`${version}, serving on ${origin}`);

async function openPage(path = '/', ready = 'ready') {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`console.${message.type()}:`, message.text());
  });
  await page.goto(`${origin}${path}`);
  await page.waitForFunction((name) => document.documentElement.dataset[name] === '1', {}, ready);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** JS heap in use after two full collections (CDP Performance.getMetrics, JSHeapUsedSize). */
async function heap({ page, cdp }) {
  await page.evaluate(() => {
    globalThis.gc?.();
    globalThis.gc?.();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

const results = { parse: {}, worker: {}, render: {}, warm: {}, memory: {}, keystroke: {}, open: {}, sdk: {}, summary: {}, peers: {} };
const push = (group, key, values) => (group[key] ??= []).push(...[values].flat());

for (const size of sizes) {
  const runs = runsFor(size);
  if (only.has('parse')) {
    log(`${size} measures: parse (main thread and workers)`);
    const ctx = await openPage();
    const parseRuns = parseRunsFor(size);
    const main = await ctx.page.evaluate((s, n) => window.bench.parse(s, n), size, parseRuns);
    results.parse[size] = main;
    for (const jitless of [true, false]) {
      results.worker[`${size}-${jitless ? 'jitless' : 'jit'}`] = await ctx.page.evaluate(
        (s, n, j) => window.bench.parseInWorker(s, n, j),
        size,
        parseRuns,
        jitless,
      );
    }
    await ctx.page.close();
  }
  const scenarios = only.has('render') ? ['overview', 'fields', 'accordion', 'diff'] : [];
  for (let run = 0; run < runs && scenarios.length; run++) {
    log(`${size} measures: render run ${run + 1}/${runs}`);
    for (const scenario of scenarios) {
      // Element first in even runs, the plain baseline first in odd ones: load changes spread evenly.
      const order = run % 2 ? [`plain-${scenario}`, scenario] : [scenario, `plain-${scenario}`];
      for (const what of order) {
        const ctx = await openPage();
        await ctx.page.evaluate((s, v2) => window.bench.prepare(s, v2), size, scenario === 'diff');
        const before = await heap(ctx);
        const ms = await ctx.page.evaluate((w) => window.bench.render(w), what);
        const after = await heap(ctx);
        push(results.render, `${what}-${size}`, ms);
        push(results.memory, `${what}-${size}`, after.heap - before.heap);
        push(results.memory, `${what}-${size}-nodes`, after.nodes - before.nodes);
        if (run === 0) results.summary[`${what}-${size}`] = await ctx.page.evaluate(() => window.bench.summary());
        // The same once more in this page: the code is compiled now, the render is not the page's first.
        await ctx.page.evaluate(() => window.bench.clear());
        push(results.warm, `${what}-${size}`, await ctx.page.evaluate((w) => window.bench.render(w), what));
        if (scenario === 'accordion') {
          const plain = what.startsWith('plain-');
          push(results.keystroke, `${what}-${size}`, await ctx.page.evaluate((p) => (p ? window.bench.plainKeystrokes() : window.bench.keystrokes()), plain));
          push(results.open, `${what}-${size}`, await ctx.page.evaluate((p) => (p ? window.bench.plainOpenBoxes(5) : window.bench.openBoxes(5)), plain));
          if (!plain) push(results.keystroke, `accordion-pause-${size}`, await ctx.page.evaluate(() => window.bench.keystrokeWithPause()));
        }
        await ctx.page.close();
      }
    }
  }
  if (only.has('sdk')) {
    log(`${size} measures: SDK`);
    const ctx = await openPage();
    results.sdk[`diff-id-${size}`] = await ctx.page.evaluate((s, n) => window.bench.sdk(s, n, 'diff-id'), size, runs);
    results.sdk[`diff-auto-${size}`] = await ctx.page.evaluate((s, n) => window.bench.sdk(s, n, 'diff-auto'), size, runs);
    await ctx.page.close();
  }
}
if (only.has('sdk')) {
  log('matching 2,000 × 2,000 by text');
  const ctx = await openPage();
  results.sdk['match-2000'] = await ctx.page.evaluate((n) => window.bench.sdk(2000, n, 'match'), runsFor(2000));
  await ctx.page.close();
}

// ---- peers: the libraries a municipality would pick instead, in the same run, interleaved ----
// `--only peer-accordion`: the accordion peers alone (a minute, not ten, while working on the accordion).
if (only.has('peers') || only.has('peer-accordion')) {
  const P = results.peers;
  const accordionKinds = ['ours', 'kolibri', 'shoelace', 'native'];
  const runs = runsFor(200);
  for (let run = 0; run < runs; run++) {
    log(`peers: accordion run ${run + 1}/${runs}`);
    // A different kind first in each run, each render in a fresh tab.
    for (let k = 0; k < accordionKinds.length; k++) {
      const kind = accordionKinds[(k + run) % accordionKinds.length];
      const ctx = await openPage('/peers.html');
      await ctx.page.evaluate(() => window.peers.prepare(200));
      push(P, `accordion-${kind}`, await ctx.page.evaluate((w) => window.peers.accordion(w), kind));
      if (kind === 'ours') push(P, 'accordion-ours-first', await ctx.page.evaluate(() => window.peers.firstPart()));
      const open = await ctx.page.evaluate((w) => window.peers.open(w, 5), kind);
      push(P, `open-cold-${kind}`, open[0]);
      push(P, `open-${kind}`, open);
      await ctx.page.close();
    }
  }
}
if (only.has('peers')) {
  const P = results.peers;
  const chartKinds = ['ours', 'plain', 'chartjs', 'echarts'];
  for (const size of [200, 10_000].filter((n) => sizes.includes(n) || (n === 200 && quick))) {
    for (let run = 0; run < runsFor(size); run++) {
      log(`peers: fields chart, ${size} measures, run ${run + 1}/${runsFor(size)}`);
      for (let k = 0; k < chartKinds.length; k++) {
        const kind = chartKinds[(k + run) % chartKinds.length];
        const ctx = await openPage('/peers.html');
        await ctx.page.evaluate((n) => window.peers.prepare(n), size);
        push(P, `chart-${kind}-${size}`, await ctx.page.evaluate((w) => window.peers.chart(w), kind));
        await ctx.page.close();
      }
    }
  }
  const parseSize = sizes.includes(10_000) ? 10_000 : Math.max(...sizes);
  log(`peers: parse ${parseSize} measures in Chromium and in Node`);
  {
    const ctx = await openPage('/peers.html');
    P.parseBrowser = await ctx.page.evaluate((n, r) => window.peers.parse(n, r), parseSize, parseRunsFor(parseSize));
    log('peers: word diff and matching');
    P.words = await ctx.page.evaluate((r) => window.peers.words(r), runsFor(2000));
    // The Dice matcher scores all 4 million pairs (about 40 s a run on a loaded machine): two runs, each order once.
    P.match = await ctx.page.evaluate((r) => window.peers.match(r), quick ? 1 : 2);
    await ctx.page.close();
  }
  const dataFile = join(work, `concept-${parseSize}.json`);
  writeFileSync(dataFile, data.get(`concept-${parseSize}`));
  const node = spawnSync(process.execPath, ['--expose-gc', peersNode, dataFile, String(parseRunsFor(parseSize))], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (node.status !== 0) log(`peers in Node failed: ${node.stderr}`);
  else P.parseNode = JSON.parse(node.stdout);
  P.parseSize = parseSize;
  if (existsSync(join(root, 'dist/konzept-kit.js'))) {
    P.bytes = {};
    for (const [name, page] of Object.entries(BYTE_PAGES)) {
      const counted = await scriptBytesOfPage(browser, `${origin}/bytes/${name}.html`, page.ready);
      // KoliBri's theme package holds every theme in one module that does not tree-shake (1.9 MB gzip): counted apart.
      const files = counted.files.filter((f) => !page.without?.test(f.url));
      P.bytes[name] = { files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
    }
  }
}
await browser.close();
server.close();
load.after = loadavg().map((n) => Math.round(n * 100) / 100);

// ---- 4. the table ----
const sorted = (a) => [...a].sort((x, y) => x - y);
const median = (a) => {
  const s = sorted(a);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (a) => sorted(a)[Math.min(a.length - 1, Math.ceil(a.length * 0.95) - 1)];
const max = (a) => Math.max(...a);
const ms = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const fmtSize = (n) => n.toLocaleString('en-GB');

const rows = [];
/** One row: values in ms, an optional baseline for the ratio, the target and whether it is met. */
function row(what, size, values, { baseline, target, ratioTarget, paired = false, unit = 'ms', note = '' } = {}) {
  const m = median(values);
  const b = baseline ? median(baseline) : undefined;
  // Paired: each value was measured right after its baseline, so the median of the pairs' ratios
  // holds up better than the ratio of the medians when the machine's load changes during the run.
  const ratio = b ? (paired ? median(values.map((v, i) => v / baseline[i])) : m / b) : undefined;
  // One verdict per target, in the order the target column names them.
  const verdicts = [];
  if (target !== undefined) verdicts.push(m <= target);
  if (ratioTarget !== undefined && ratio !== undefined) verdicts.push(ratio <= ratioTarget);
  const met = verdicts.length ? verdicts : undefined;
  rows.push({
    what,
    size,
    n: values.length,
    median: m,
    p95: p95(values),
    max: max(values),
    baseline: b,
    ratio,
    target: [target !== undefined ? `≤ ${target} ${unit}` : '', ratioTarget !== undefined ? `≤ ${ratioTarget}×` : ''].filter(Boolean).join(', '),
    met,
    unit,
    note,
  });
}

for (const size of only.has('parse') ? sizes : []) {
  const p = results.parse[size];
  const mbps = p.parse.map((t) => p.bytes / 1e6 / (t / 1000));
  const jsonMbps = p.json.map((t) => p.bytes / 1e6 / (t / 1000));
  row('parse + validate (page)', size, p.parse, {
    baseline: p.json,
    paired: true,
    ratioTarget: size >= 10_000 ? 3 : undefined,
    note: `${mb(p.bytes)}; ${median(mbps).toFixed(0)} MB/s vs JSON.parse ${median(jsonMbps).toFixed(0)} MB/s`,
  });
  const jit = results.worker[`${size}-jit`];
  const jitless = results.worker[`${size}-jitless`];
  row('  zod alone, jitless (worker)', size, jitless.parse, {
    baseline: jitless.json,
    paired: true,
    note: 'JSON.parse + zod: what parsing took before the fast path',
  });
  row('  zod alone, jit (worker)', size, jit.parse, {
    baseline: jit.json,
    paired: true,
    note: `zod's new Function fast paths (not under a strict CSP): ${((median(jit.parse) / median(jitless.parse)) * 100).toFixed(0)} % of the jitless time`,
  });
}
for (const size of sizes) {
  for (const [scenario, label] of !only.has('render')
    ? []
    : [
        ['overview', 'first render <ampel-chart> overview'],
        ['fields', 'first render <ampel-chart view=fields>'],
        ['accordion', 'first render <measure-accordion>'],
        ['diff', 'first render <version-diff>'],
      ]) {
    const s = results.summary[`${scenario}-${size}`];
    const b = results.summary[`plain-${scenario}-${size}`];
    row(label, size, results.render[`${scenario}-${size}`], {
      baseline: results.render[`plain-${scenario}-${size}`],
      ratioTarget: 1.5,
      target: scenario === 'accordion' && size >= 10_000 ? 100 : undefined,
      note: s && b ? `${fmtSize(s.nodes)} vs ${fmtSize(b.nodes)} elements, ${fmtSize(s.buttons)} vs ${fmtSize(b.buttons)} buttons` : '',
    });
    row('  again, warm (same page)', size, results.warm[`${scenario}-${size}`], { baseline: results.warm[`plain-${scenario}-${size}`], ratioTarget: 1.5 });
  }
  if (only.has('render')) {
    row('search keystroke (after the pause)', size, results.keystroke[`accordion-${size}`], {
      baseline: results.keystroke[`plain-accordion-${size}`],
      ratioTarget: 1.5,
      target: size >= 10_000 ? 16 : undefined,
      note: '11 keystrokes per run: "sprachkurs" letter by letter, then cleared',
    });
    row('search keystroke incl. 100 ms pause', size, results.keystroke[`accordion-pause-${size}`], { note: 'input event until the count changed' });
    row('open a box', size, results.open[`accordion-${size}`], {
      baseline: results.open[`plain-accordion-${size}`],
      ratioTarget: 1.5,
      note: '5 boxes per run',
    });
  }
  if (only.has('sdk')) {
    row('diff by id (SDK)', size, results.sdk[`diff-id-${size}`], { target: size >= 10_000 ? 50 : undefined });
    row('diff by id, rest by text (SDK, default)', size, results.sdk[`diff-auto-${size}`]);
  }
}
if (only.has('sdk')) row('match by text 2,000 × 2,000 (SDK)', 2000, results.sdk['match-2000'], { note: 'every measure of both versions, ids ignored' });
for (const size of only.has('render') ? sizes : []) {
  for (const scenario of ['overview', 'fields', 'accordion', 'diff']) {
    row(
      `JS heap after render: ${scenario}`,
      size,
      results.memory[`${scenario}-${size}`].map((b) => b / 1e6),
      {
        baseline: results.memory[`plain-${scenario}-${size}`].map((b) => b / 1e6),
        unit: 'MB',
        note: `DOM nodes +${fmtSize(median(results.memory[`${scenario}-${size}-nodes`]))} (plain +${fmtSize(median(results.memory[`plain-${scenario}-${size}-nodes`]))})`,
      },
    );
  }
}

const peerVersion = (name) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};
const PEER_NAMES = {
  kolibri: `KoliBri kol-accordion ${peerVersion('@public-ui/components')}`,
  shoelace: `Shoelace sl-details ${peerVersion('@shoelace-style/shoelace')}`,
  native: 'native <details> (floor)',
  plain: 'plain SVG (floor)',
  chartjs: `Chart.js ${peerVersion('chart.js')}`,
  echarts: `ECharts ${peerVersion('echarts')}`,
  json: 'JSON.parse (floor)',
  ajv: `JSON.parse + Ajv ${peerVersion('ajv')} (compiled)`,
  standalone: `JSON.parse + Ajv ${peerVersion('ajv')} standalone`,
  jsdiff: `jsdiff diffWords ${peerVersion('diff')}`,
  dice: 'Dice-coefficient matcher (bigrams)',
};
/** A peer row: ours as the value, the peer as the baseline; ≤ 1.0× against a library, ≤ 1.5× against a floor. */
const FLOORS = new Set(['native', 'plain', 'json']);
function peerRow(what, size, ours, peer, kind, options = {}) {
  if (!ours?.length || !peer?.length) return;
  row(`peer: ${what} vs ${PEER_NAMES[kind]}`, size, ours, { baseline: peer, ratioTarget: FLOORS.has(kind) ? 1.5 : 1, ...options });
}
const P = results.peers;
if (only.has('peers') || only.has('peer-accordion')) {
  for (const kind of ['kolibri', 'shoelace', 'native']) peerRow('first render, 200 boxes', 200, P['accordion-ours'], P[`accordion-${kind}`], kind);
  // Ours renders the first part of the boxes at once and the rest in later tasks: what a reader sees first.
  for (const kind of ['kolibri', 'shoelace', 'native'])
    peerRow('first render, first part shown (ours; the peers: all 200)', 200, P['accordion-ours-first'], P[`accordion-${kind}`], kind);
  for (const kind of ['kolibri', 'shoelace', 'native']) peerRow('open a box, cold (the first)', 200, P['open-cold-ours'], P[`open-cold-${kind}`], kind);
  for (const kind of ['kolibri', 'shoelace', 'native']) peerRow('open a box (5 per run)', 200, P['open-ours'], P[`open-${kind}`], kind);
}
if (only.has('peers')) {
  for (const size of [200, 10_000])
    for (const kind of ['plain', 'chartjs', 'echarts']) peerRow('fields chart, first render', size, P[`chart-ours-${size}`], P[`chart-${kind}-${size}`], kind);
  for (const [where, times] of [
    ['Chromium', P.parseBrowser],
    ['Node', P.parseNode],
  ]) {
    if (!times) continue;
    for (const kind of ['json', 'ajv', 'standalone']) peerRow(`parse + validate (${where})`, P.parseSize, times.ours, times[kind], kind, { paired: true });
  }
  if (P.words) peerRow(`word diff of ${fmtSize(P.words.pairs)} changed descriptions`, 2000, P.words.ours, P.words.jsdiff, 'jsdiff');
  if (P.match) {
    const q = (m) => `precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`;
    peerRow('match by text 2,000 × 2,000', 2000, P.match.ours.ms, P.match.dice.ms, 'dice', { note: `ours ${q(P.match.ours)}; Dice ${q(P.match.dice)}` });
  }
}
const header = ['what', 'measures', 'median', 'p95', 'max', 'baseline / peer', 'ratio', 'target', 'verdict', 'note'];
const cells = rows.map((r) => [
  r.what,
  fmtSize(r.size),
  `${ms(r.median)} ${r.unit}`,
  `${ms(r.p95)}`,
  `${ms(r.max)}`,
  r.baseline !== undefined ? `${ms(r.baseline)} ${r.unit}` : '',
  r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '',
  r.target,
  r.met === undefined ? '' : r.met.map((ok) => (ok ? 'met' : 'MISSED')).join(', '),
  r.note,
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (c) =>
  c
    .map((v, i) => String(v).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.map(line).join('\n')}`);
if (sizesRows.length) {
  console.log(
    `\nbundle sizes (min + gzip -9):\n${sizesRows.map((s) => `  ${s.file.padEnd(24)} ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gzip  (${(s.bytes / 1024).toFixed(0)} KB)`).join('\n')}`,
  );
}
/** The script bytes each page loads (ours and the peers'), with ours / peer. */
const PAIRS = { kolibri: 'ours-accordion', shoelace: 'ours-accordion', chartjs: 'ours-chart', echarts: 'ours-chart' };
const byteRows = Object.entries(P.bytes ?? {}).map(([name, b]) => {
  const ours = PAIRS[name] && P.bytes[PAIRS[name]];
  return [
    BYTE_PAGES[name].label,
    `${(b.gzip / 1024).toFixed(1)} KB`,
    `${(b.bytes / 1024).toFixed(0)} KB`,
    String(b.files.length),
    ours ? `${(ours.gzip / b.gzip).toFixed(2)}×` : '',
  ];
});
const byteHeader = ['script a page loads', 'min + gzip -9', 'min', 'files', 'ours / peer'];
if (byteRows.length) console.log(`\n${byteHeader.join(' | ')}\n${byteRows.map((r) => r.join(' | ')).join('\n')}`);
const environment = {
  date: new Date().toISOString(),
  chromium: version,
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  load,
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
  runs: Object.fromEntries(sizes.map((s) => [s, runsFor(s)])),
  parseRuns: Object.fromEntries(sizes.map((s) => [s, parseRunsFor(s)])),
};
console.log(
  `\n${environment.chromium} · ${environment.cpus} · load average before ${load.before.join(' ')}, after ${load.after.join(' ')} · ${((Date.now() - started) / 1000).toFixed(0)} s`,
);

const markdown = [
  `Measured ${environment.date.slice(0, 16).replace('T', ' ')} UTC on ${environment.cpus}, ${environment.chromium} headless, Node ${environment.node}, commit ${environment.commit}; load average before ${load.before.join(' / ')}, after ${load.after.join(' / ')} (1 / 5 / 15 min). Runs: ${Object.entries(
    environment.runs,
  )
    .map(([s, n]) => `${n} at ${fmtSize(Number(s))}`)
    .join(', ')} (parsing: ${Object.values(environment.parseRuns).join(' / ')}).`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...cells.map((c) => `| ${c.map((v) => String(v).replace(/\|/g, '\\|').replace(/</g, '&lt;')).join(' | ')} |`),
  '',
  byteRows.length
    ? `| ${byteHeader.join(' | ')} |\n| ${byteHeader.map(() => '---').join(' | ')} |\n${byteRows.map((r) => `| ${r.map((v) => v.replace(/</g, '&lt;')).join(' | ')} |`).join('\n')}\n`
    : '',
  sizesRows.length
    ? `| bundle (dist/) | min + gzip -9 | min |\n| --- | --- | --- |\n${sizesRows.map((s) => `| ${s.file} | ${(s.gzip / 1024).toFixed(1)} KB | ${(s.bytes / 1024).toFixed(0)} KB |`).join('\n')}`
    : '',
].join('\n');

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify({ environment, rows, sizes: sizesRows, raw: results }, null, 2) + '\n');
writeFileSync(join(root, 'bench-results/latest.md'), markdown + '\n');
log('wrote bench-results/latest.json and latest.md');
if (args.includes('--docs')) {
  // The peers have a section of their own, so `--only peers --docs` leaves the other figures alone
  // (and a run without the peers leaves theirs).
  const file = join(root, 'docs/BENCHMARKS.md');
  let doc = readFileSync(file, 'utf8');
  const put = (name, text) => {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    if (!doc.includes(start) || !doc.includes(end)) throw new Error(`docs/BENCHMARKS.md has no ${name} markers`);
    doc = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${text}\n${doc.slice(doc.indexOf(end))}`;
  };
  const ours = cells.filter((c) => !c[0].startsWith('peer: '));
  const peers = cells.filter((c) => c[0].startsWith('peer: '));
  const table = (list) =>
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...list.map((c) => `| ${c.map((v) => String(v).replace(/\|/g, '\\|').replace(/</g, '&lt;')).join(' | ')} |`),
    ].join('\n');
  const measured = markdown.slice(0, markdown.indexOf('\n'));
  if (ours.length) put('bench', [measured, '', table(ours), '', sizesRows.length ? markdown.slice(markdown.indexOf('| bundle (dist/)')) : ''].join('\n'));
  if (peers.length || byteRows.length) {
    const bytes = byteRows.length
      ? `| ${byteHeader.join(' | ')} |\n| ${byteHeader.map(() => '---').join(' | ')} |\n${byteRows.map((r) => `| ${r.map((v) => v.replace(/</g, '&lt;')).join(' | ')} |`).join('\n')}`
      : '';
    put('bench-peers', [measured, '', table(peers), '', bytes].join('\n'));
  }
  writeFileSync(file, doc);
  log('updated docs/BENCHMARKS.md');
}
