#!/usr/bin/env -S npx tsx
/**
 * `npm run fuzz`: mutated sample exports (test/fuzz/mutants.ts) through the parser and the elements.
 *
 *   npm run fuzz                          20,000 mutants in Node, then 200 in Chromium
 *   npm run fuzz -- --count 5000 --seed 7 --browser 0
 *
 * Node half (test/fuzz/check.ts): nothing throws out of decodeExport or parseConcept, the fast path
 * agrees with zod, Object.prototype is unchanged, messages are bounded, time is linear in size.
 * Browser half: each mutant is served as bytes to `<ampel-chart>`, `<measure-accordion>` (all boxes
 * open) and `<version-diff>` from dist/konzept-kit-all.js (run `npm run build` first), counting uncaught
 * errors, blank or stuck elements, scripts run (payloads set window.__pwned) and long tasks.
 * Exit 1 when anything failed; the figures end the output. A short seeded run is part of `npm test`
 * (test/schema/fuzz.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, timeBound } from '../test/fuzz/check.js';
import { generator, type Mutant } from '../test/fuzz/mutants.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const COUNT = option('count', 20_000);
const SEED = option('seed', 1);
const BROWSER = option('browser', 200);

const samples = readdirSync(join(root, 'schema/examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, json: JSON.parse(readFileSync(join(root, 'schema/examples', f), 'utf8')) }));

function nodeHalf(): boolean {
  const next = generator(SEED, samples);
  const started = performance.now();
  let failed = 0;
  let valid = 0;
  let fastMisses = 0;
  let maxMs = 0;
  let maxMsBytes = 0;
  let maxMessage = 0;
  let maxBytes = 0;
  let worstRatio = 0;
  for (let i = 0; i < COUNT; i++) {
    const mutant = next();
    let outcome = check(mutant);
    // A garbage collection or a busy machine can stretch one run: a time failure counts when it repeats.
    if (outcome.failures.length && outcome.failures.every((f) => f.startsWith('took'))) outcome = check(mutant, { compare: false });
    if (outcome.valid) valid++;
    if (outcome.fastMiss) fastMisses++;
    if (outcome.ms > maxMs) [maxMs, maxMsBytes] = [outcome.ms, outcome.bytes];
    maxMessage = Math.max(maxMessage, outcome.longestMessage);
    maxBytes = Math.max(maxBytes, outcome.bytes);
    worstRatio = Math.max(worstRatio, outcome.ms / timeBound(outcome.bytes));
    if (outcome.failures.length) {
      failed++;
      if (failed <= 20) console.log(`✗ mutant ${i} (seed ${SEED}; ${mutant.base}; ${mutant.kinds.join('+')}): ${outcome.failures.join('; ')}`);
    }
    if ((i + 1) % 5000 === 0) console.log(`… ${i + 1} mutants`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      `Node: ${COUNT} mutants (seed ${SEED}) in ${seconds.toFixed(1)} s = ${Math.round(COUNT / seconds)} mutants/s; ${failed} failed`,
      `  valid ${valid}, invalid ${COUNT - valid}; fast path said "not sure" where zod accepted: ${fastMisses}`,
      `  max time ${maxMs.toFixed(1)} ms (a mutant of ${(maxMsBytes / 1e6).toFixed(2)} MB); worst time against the linear bound ${(worstRatio * 100).toFixed(0)} %`,
      `  max message ${maxMessage} characters; largest mutant ${(maxBytes / 1e6).toFixed(2)} MB`,
    ].join('\n'),
  );
  return failed === 0;
}

async function browserHalf(): Promise<boolean> {
  if (BROWSER <= 0) return true;
  const { default: puppeteer } = await import('puppeteer-core');
  const localWeb = './local-web.mjs';
  const { chromiumPath, CHROMIUM_ARGS } = (await import(localWeb)) as { chromiumPath: string; CHROMIUM_ARGS: string[] };
  const bundle = readFileSync(join(root, 'dist/konzept-kit-all.js'));
  const next = generator(SEED + 1, samples);
  const mutants = new Map<string, Mutant>();
  // tsx names functions with a helper `__name` that the page does not have: functions handed to it need one.
  const page = `<!doctype html><html lang="de"><body><main id="stage"></main><script>window.__name = (f) => f;</script><script type="module" src="/konzept-kit.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (url.pathname === '/konzept-kit.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (url.pathname.startsWith('/sample/'))
      return res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(root, 'schema/examples', url.pathname.slice(8))));
    const mutant = mutants.get(url.pathname);
    if (mutant) return res.writeHead(200, { 'content-type': 'application/json' }).end(mutant.bytes);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${port}/`);
  await tab.waitForFunction(() => customElements.get('measure-accordion'));
  await tab.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__errors = [];
    w.__long = [];
    addEventListener('error', (e) => (w.__errors as string[]).push(String(e.message)));
    addEventListener('unhandledrejection', (e) => (w.__errors as string[]).push(String(e.reason)));
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__long as number[]).push(e.duration))).observe({ type: 'longtask' });
    console.error = () => {};
    console.warn = () => {};
  });
  const totals = { mutants: 0, uncaught: 0, blank: 0, stuck: 0, scripts: 0, longTasks: 0, maxTask: 0 };
  const started = performance.now();
  for (let i = 0; i < BROWSER; i++) {
    const mutant = next();
    const path = `/mutant/${i}.json`;
    mutants.clear();
    mutants.set(path, mutant);
    const result = await tab.evaluate(
      async (src, base) => {
        const w = window as unknown as Record<string, unknown>;
        const stage = document.getElementById('stage')!;
        stage.innerHTML = '';
        const els = [
          Object.assign(document.createElement('ampel-chart'), {}),
          document.createElement('measure-accordion'),
          document.createElement('version-diff'),
        ] as Array<HTMLElement & { updateComplete: Promise<unknown>; expandAll?: () => void }>;
        els[0]!.setAttribute('src', src);
        els[1]!.setAttribute('src', src);
        els[2]!.setAttribute('from', `/sample/${base}`);
        els[2]!.setAttribute('to', src);
        for (const el of els) stage.append(el);
        const deadline = Date.now() + 15_000;
        const loading = () => els.some((el) => !el.shadowRoot?.childElementCount || el.shadowRoot.querySelector('.state--loading'));
        while (loading() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        const stuck = loading() ? 1 : 0;
        els[1]!.expandAll?.();
        await Promise.all(els.map((el) => el.updateComplete));
        await new Promise((r) => setTimeout(r, 30));
        const blank = els.filter((el) => !(el.shadowRoot?.textContent ?? '').trim() || el.getBoundingClientRect().height < 10).length;
        const scripts = w.__pwned !== undefined ? 1 : 0;
        w.__pwned = undefined;
        const errors = (w.__errors as string[]).splice(0);
        const long = (w.__long as number[]).splice(0);
        return { stuck, blank, scripts, errors, long };
      },
      path,
      mutant.base,
    );
    totals.mutants++;
    totals.stuck += result.stuck;
    totals.blank += result.blank;
    totals.scripts += result.scripts;
    totals.uncaught += result.errors.length;
    totals.longTasks += result.long.filter((d) => d > 200).length;
    totals.maxTask = Math.max(totals.maxTask, ...result.long);
    if (result.errors.length || result.scripts || result.stuck || result.blank) {
      console.log(`✗ browser mutant ${i} (${mutant.base}; ${mutant.kinds.join('+')}): ${JSON.stringify({ ...result, long: undefined }).slice(0, 300)}`);
    }
  }
  await browser.close();
  server.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Browser: ${totals.mutants} mutants in ${seconds.toFixed(1)} s; uncaught errors ${totals.uncaught}, blank elements ${totals.blank}, stuck loading ${totals.stuck}, ` +
      `scripts run ${totals.scripts}, long tasks over 200 ms ${totals.longTasks} (longest ${Math.round(totals.maxTask)} ms)`,
  );
  return totals.uncaught + totals.blank + totals.stuck + totals.scripts === 0;
}

const nodeOk = nodeHalf();
const browserOk = await browserHalf();
process.exit(nodeOk && browserOk ? 0 : 1);
