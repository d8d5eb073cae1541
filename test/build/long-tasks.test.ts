/**
 * No long tasks on the page a reader opens: the demo (`npm start`, with dist/) on a desktop window,
 * loaded, then scrolled to the end, watched by a long-task observer installed before any script.
 * The target is no task over 50 ms on a quiet machine (`npm run bench:page` reports the
 * longest); this test guards against a regression with a margin: 200 ms, scaled by how much slower
 * than a quiet machine this one runs right now (a fixed piece of JavaScript timed in the same page),
 * and loads the page up to three times before it fails, so a loaded CI machine does not trip it.
 *
 * Needs dist/ (`npm test` builds first; alone: `npm run build`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
// @ts-expect-error: plain ES module scripts without types
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/local-web.mjs';
// @ts-expect-error: plain ES module scripts without types
import { serve } from '../../scripts/serve.mjs';
import { REFERENCE_QUIET_MS, REFERENCE_WORK } from '../reference-work.js';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/konzept-kit.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle'], { cwd: root, stdio: 'inherit' });
}

const MARGIN_MS = 200;
declare global {
  interface Window {
    longTasks: number[];
  }
}

test('the demo page has no task longer than 200 ms (scaled by the machine’s load)', async () => {
  const server: Server = await serve({ port: 0, host: '127.0.0.1' });
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, defaultViewport: { width: 1350, height: 940 } });
  const once = async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`, { waitUntil: 'networkidle0' });
    const shown = (tag: string) => `!!document.querySelector('${tag}')?.shadowRoot?.querySelector('[part~="base"], section, figure')`;
    await page.waitForFunction(`${shown('ampel-chart')} && ${shown('measure-accordion')} && ${shown('version-diff')}`, { timeout: 60_000 });
    await new Promise((done) => setTimeout(done, 1000));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await new Promise((done) => setTimeout(done, 1500));
    const tasks = await page.evaluate(() => window.longTasks);
    // Long lists render in parts: in the end every box of the accordion and every change of the diff is there.
    const count = (tag: string, selector: string) =>
      page.evaluate(`document.querySelector('${tag}')?.shadowRoot?.querySelectorAll('${selector}').length ?? 0`) as Promise<number>;
    const rows = { boxes: await count('measure-accordion', '.measure'), changes: await count('version-diff', 'li.change:not(.change--element)') };
    const reference = (await page.evaluate(REFERENCE_WORK)) as number;
    await page.close();
    const slowdown = Math.max(1, reference / REFERENCE_QUIET_MS);
    return { tasks, rows, longest: Math.max(0, ...tasks), reference, slowdown, limit: MARGIN_MS * slowdown };
  };
  try {
    // Up to three page loads: a regression shows in every load, another process's burst on a
    // shared machine rarely hits the same page three times.
    let last: Awaited<ReturnType<typeof once>> | undefined;
    for (let attempt = 1; attempt <= 3; attempt++) {
      last = await once();
      console.log(
        `load ${attempt}: long tasks ${JSON.stringify(last.tasks)} ms; longest ${last.longest} ms; reference ${last.reference.toFixed(1)} ms (× ${last.slowdown.toFixed(2)}); limit ${last.limit.toFixed(0)} ms`,
      );
      if (last.longest <= last.limit) break;
    }
    // The demo's export has 193 measures (one page) and 67 changes between its two versions: more than the first part of each.
    assert.equal(last!.rows.boxes, 193, 'every box of the accordion rendered');
    assert.ok(last!.rows.changes >= 60, `every change of the diff rendered (${last!.rows.changes})`);
    assert.ok(
      last!.longest <= last!.limit,
      `a task of ${last!.longest} ms in each of three loads (limit ${last!.limit.toFixed(0)} ms): ${JSON.stringify(last!.tasks)}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
});
