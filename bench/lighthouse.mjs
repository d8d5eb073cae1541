#!/usr/bin/env node
// `npm run bench:page`: Lighthouse 12 (runs on Node 20; 13 needs Node 22) on the demo page a reader
// opens (`npm start`: demo/index.html with dist/), mobile and desktop, in Debian's Chromium
// (CHROME_PATH or /usr/bin/chromium; nothing is downloaded). Prints performance, accessibility, Total
// Blocking Time and the longest main-thread task per run and their medians; `--docs` puts the table
// into docs/BENCHMARKS.md (between the bench-page markers), with the load average.
//
// Options: --runs N (default 3 per form factor), --no-build (use dist/ as it is), --docs,
// --url URL (another page instead of the demo).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/local-web.mjs';
import { args, option, root } from './cli.mjs';
import { serve } from '../scripts/serve.mjs';

const runs = Number(option('runs') ?? 3);
const round = (n) => Math.round(n * 100) / 100;
const log = (...a) => console.error('[bench:page]', ...a);

const load = { before: loadavg().map(round) };
if (!args.includes('--no-build')) {
  log('building dist/ (scripts/build.mjs --bundle)');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle', '--report-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) process.exit(1);
}
const server = await serve({ port: 0, host: '127.0.0.1' });
const url = option('url') ?? `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'] });
const port = Number(new URL(browser.wsEndpoint()).port);
const version = await browser.version();
log(`${version}, load average ${load.before.join(' ')} on ${cpus().length} cores; ${url}`);

/**
 * The longest task of the page's main thread in the run's trace, in ms, as it ran (not simulated):
 * Lighthouse lists only tasks of 50 ms and more, so a page without one would show 0. The page's
 * renderer is the one that ran our script.
 */
function longestInTrace(trace) {
  const events = trace?.traceEvents ?? [];
  const ours = events.find(
    (e) => /^(v8\.compileModule|EvaluateScript)$/.test(e.name) && String(e.args?.data?.url ?? e.args?.fileName ?? '').includes('/dist/'),
  );
  if (!ours) return NaN;
  const onMain = events.filter((e) => e.pid === ours.pid && e.tid === ours.tid && e.ph === 'X');
  // Lighthouse's own scripts in the page (waiting for idle time, reading the DOM) are not the page's tasks.
  const itsOwn = onMain.filter((e) => /_lighthouse-eval|__puppeteer/.test(String(e.args?.data?.url ?? '')));
  let longest = 0;
  for (const task of onMain) {
    if (task.name !== 'RunTask' || task.dur / 1000 <= longest) continue;
    if (itsOwn.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur)) continue;
    longest = task.dur / 1000;
  }
  return longest;
}

/** One Lighthouse run: scores 0–100, TBT and the longest task in ms (as Lighthouse reports them, simulated on mobile). */
async function audit(formFactor) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const { categories, audits } = result.lhr;
  const traced = longestInTrace(result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass);
  const tasks = audits['long-tasks']?.details?.items ?? [];
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    tbt: audits['total-blocking-time'].numericValue,
    longestTask: tasks.reduce((m, t) => Math.max(m, t.duration ?? 0), 0),
    longestTraced: traced,
    lcp: audits['largest-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    scripts: (audits['network-requests']?.details?.items ?? []).filter((r) => r.resourceType === 'Script').reduce((n, r) => n + (r.transferSize ?? 0), 0),
  };
}

const results = { mobile: [], desktop: [] };
try {
  for (let i = 0; i < runs; i++) {
    // Alternating, so a busy stretch of the machine does not land on one form factor only.
    for (const formFactor of i % 2 ? ['desktop', 'mobile'] : ['mobile', 'desktop']) {
      const r = await audit(formFactor);
      results[formFactor].push(r);
      log(
        `${formFactor} run ${i + 1}/${runs}: performance ${r.performance}, TBT ${r.tbt.toFixed(0)} ms, longest task ${r.longestTask.toFixed(0)} ms (as run: ${r.longestTraced.toFixed(0)} ms), LCP ${(r.lcp / 1000).toFixed(2)} s, CLS ${r.cls.toFixed(3)}, accessibility ${r.accessibility}`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
load.after = loadavg().map(round);

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const header = [
  'form factor',
  'performance',
  'TBT',
  'longest task',
  'longest task as run',
  'LCP',
  'CLS',
  'accessibility',
  'best practices',
  'SEO',
  'script transferred',
  'runs (performance)',
];
const lines = Object.entries(results).map(([formFactor, list]) => [
  formFactor,
  String(median(list.map((r) => r.performance))),
  `${median(list.map((r) => r.tbt)).toFixed(0)} ms`,
  `${median(list.map((r) => r.longestTask)).toFixed(0)} ms`,
  `${median(list.map((r) => r.longestTraced)).toFixed(0)} ms`,
  `${(median(list.map((r) => r.lcp)) / 1000).toFixed(2)} s`,
  median(list.map((r) => r.cls)).toFixed(3),
  String(median(list.map((r) => r.accessibility))),
  String(median(list.map((r) => r.bestPractices))),
  String(median(list.map((r) => r.seo))),
  `${(median(list.map((r) => r.scripts)) / 1024).toFixed(1)} KB`,
  list.map((r) => r.performance).join(', '),
]);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const lighthouseVersion = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
const markdown = [
  `Lighthouse ${lighthouseVersion} on the demo (\`npm start\`), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${version} headless, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, commit ${commit}; medians of ${runs} runs each; load average before ${load.before.join(' / ')}, after ${load.after.join(' / ')} (1 / 5 / 15 min). Mobile is Lighthouse's simulated slow 4G and 4× CPU slowdown; TBT and the longest task are as Lighthouse reports them (its list starts at 50 ms, simulated on mobile); "as run" is the longest task of the page's main thread in the trace, unthrottled.`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...lines.map((l) => `| ${l.join(' | ')} |`),
].join('\n');
console.log(`\n${markdown}`);
if (args.includes('--docs')) {
  const file = join(root, 'docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- bench-page:start -->';
  const end = '<!-- bench-page:end -->';
  if (!doc.includes(start) || !doc.includes(end)) throw new Error('docs/BENCHMARKS.md has no bench-page markers');
  writeFileSync(file, `${doc.slice(0, doc.indexOf(start) + start.length)}\n${markdown}\n${doc.slice(doc.indexOf(end))}`);
  log('updated docs/BENCHMARKS.md');
}
