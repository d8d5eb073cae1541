/**
 * A web editor who forgets `type="module"` sees only the fallback link and one line in the console.
 * The troubleshooting table of docs/EMBED.md must name that exact line, for each of the two files an
 * editor can upload, and say in plain German what to change. The lines are taken from Chromium, not
 * written down: a new bundle whose first statement differs shows up here.
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
import { serve } from '../../scripts/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/konzept-kit.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--bundle'], { cwd: root, stdio: 'inherit' });
}

let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  server = await serve({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The errors a page raises that loads `file` with a plain `<script src>`, without `type="module"`. */
async function classicErrors(file: string): Promise<string[]> {
  const page = await browser.newPage();
  const url = `${origin}/classic-${file}.html`;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === url
      ? request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="de"><title>x</title><script src="/dist/${file}"></script><ampel-chart src="/schema/examples/konstanz-1.0.json"><a href="/schema/examples/konstanz-1.0.json">Daten</a></ampel-chart></html>`,
        })
      : request.continue(),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push((error as Error).message));
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => customElements.get('ampel-chart')), undefined, 'nothing registers');
  } finally {
    await page.close();
  }
  return errors;
}

const troubleshooting = () => {
  const embed = readFileSync(join(root, 'docs/EMBED.md'), 'utf8');
  const section = embed.slice(embed.indexOf('### Wenn etwas nicht erscheint'));
  return section.slice(0, section.indexOf('\n## '));
};

for (const file of ['konzept-kit.js', 'konzept-kit-all.js']) {
  test(`${file} without type="module": the console line is in the troubleshooting table, with the fix in German`, async () => {
    const errors = await classicErrors(file);
    assert.equal(errors.length, 1, errors.join('\n'));
    const row = troubleshooting()
      .split('\n')
      .find((line) => line.includes(`„${errors[0]}“`));
    assert.ok(row, `docs/EMBED.md names „${errors[0]}“`);
    assert.match(row!, /`type="module"` ergänzen/);
  });
}
