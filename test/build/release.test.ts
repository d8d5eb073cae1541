/**
 * The release an editor downloads (`npm run release`), tried as an editor uses it: the folder and
 * the archive hold what the guide promises, and werkstatt.html works served from the CMS's file
 * folder (HTTP) and opened with a double-click (file://): a workbook in, the problems of a broken
 * one listed with their rows, the preview showing the chart, the downloaded export with the right
 * statuses, no request leaving the page's own origin, and no axe violation in any state.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: plain JavaScript modules of the build scripts
import { makeRelease, releaseDir, version } from '../../scripts/release.mjs';
// @ts-expect-error: plain JavaScript modules of the build scripts
import { readZip } from '../../scripts/zip.mjs';
// @ts-expect-error: plain JavaScript modules of the build scripts
import { chromiumPath, CHROMIUM_ARGS, CONTENT_TYPES } from '../../scripts/local-web.mjs';

const root = resolve(import.meta.dirname, '../..');
const folder = join(releaseDir as string, 'konzept-kit');
const zipPath = join(releaseDir as string, `konzept-kit-${version as string}.zip`);
const hasBrowser = existsSync(chromiumPath as string);
const shots = process.env.KONZEPT_SHOTS;

/** What the editors' folder must hold (README and docs/EMBED.md name these files). */
const EXPECTED = [
  'konzept-kit.js',
  'konzept-kit-all.js',
  'konzept-kit.css',
  'konzept-kit-i18n.js',
  'werkstatt.html',
  'werkstatt.css',
  'konzept-werkstatt.js',
  'anleitung.html',
  'ampeldokument-vorlage.xlsx',
  'themes/konstanz.css',
  'themes/loerrach.css',
  'themes/landshut.css',
  'beispiel/beispiel-ampeldokument.xlsx',
  'LIESMICH.txt',
];

before(async () => {
  // `npm test` has made it already (scripts/test.mjs); a single run of this file makes it from dist/.
  if (!existsSync(zipPath) || !existsSync(join(folder, 'werkstatt.html'))) await makeRelease();
});

test('the release folder and its archive hold the scripts, styles, themes, template, workbench and guide', () => {
  for (const name of EXPECTED) assert.ok(existsSync(join(folder, name)), `release/konzept-kit/${name}`);
  const entries = readZip(readFileSync(zipPath)) as Map<string, Buffer>;
  for (const name of EXPECTED) {
    const inZip = entries.get(`konzept-kit/${name}`);
    assert.ok(inZip, `konzept-kit/${name} in the zip`);
    assert.ok(inZip.equals(readFileSync(join(folder, name))), `konzept-kit/${name} unpacks to the same bytes`);
  }
  assert.ok(
    readFileSync(join(root, '.gitignore'), 'utf8')
      .split('\n')
      .some((line) => line.trim() === 'release/'),
    'release/ is ignored by git',
  );
});

test('the guide is a readable page: headings with their anchors, no links to files that are not there', () => {
  const html = readFileSync(join(folder, 'anleitung.html'), 'utf8');
  assert.match(html, /<html lang="de">/);
  assert.match(html, /<h1 id="[^"]+">Das Integrationskonzept auf der eigenen Website<\/h1>/);
  assert.match(html, /<h2 id="english-summary">/);
  assert.match(html, /werkstatt\.html/);
  for (const [, href] of html.matchAll(/href="([^"#]+)[^"]*"/g)) {
    if (/^https?:/.test(href!)) continue;
    assert.ok(existsSync(join(folder, href!)), `link to ${href} works in the release folder`);
  }
  for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(html.includes(`id="${decodeURIComponent(id!)}"`), `anchor #${id}`);
});

/** A static server for the release folder, as a CMS's file storage serves it. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': (CONTENT_TYPES as Record<string, string>)[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

const BROKEN_CSV = 'Handlungsfeld;Unterziel;Maßnahme;Status\r\nSprache;Sprachkurse;Sprachcafé;grün\r\n;;Elternkurs;blau\r\n;;;rot\r\n';
const BROKEN_JSON = '{\n  "formatVersion": 1,\n  "title": "Integrationskonzept",,\n}\n';

for (const mode of ['http', 'file'] as const) {
  describe(`werkstatt.html over ${mode === 'http' ? 'HTTP' : 'file:// (double-click)'}`, { skip: !hasBrowser && 'no Chromium' }, () => {
    let browser: Browser;
    let server: Server | undefined;
    let pageUrl: string;
    let origin: string;
    const downloads = mkdtempSync(join(tmpdir(), 'konzept-release-download-'));

    before(async () => {
      if (mode === 'http') {
        const served = await serve(folder);
        server = served.server;
        origin = served.origin;
        pageUrl = `${origin}/werkstatt.html`;
      } else {
        pageUrl = pathToFileURL(join(folder, 'werkstatt.html')).href;
        origin = pathToFileURL(folder).href;
      }
      browser = await puppeteer.launch({ executablePath: chromiumPath as string, headless: true, args: CHROMIUM_ARGS as string[] });
    });

    after(async () => {
      await browser?.close();
      server?.close();
    });

    /** The page, with every request and console error it makes recorded. */
    async function open(width = 1280): Promise<{ page: Page; requests: string[]; errors: string[] }> {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      // axe is added as an inline script, which the page's own CSP refuses (as it should).
      await page.setBypassCSP(true);
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(String(error)));
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await page.goto(pageUrl);
      await page.waitForFunction(
        () => customElements.get('konzept-workbench') && document.querySelector('konzept-workbench')?.shadowRoot?.querySelector('#file'),
      );
      return { page, requests, errors };
    }

    async function choose(page: Page, path: string, selector = '#file'): Promise<string> {
      const input = await page.waitForSelector(`konzept-workbench >>> ${selector}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
      await page.waitForFunction(
        () =>
          /[„“"]/.test(document.querySelector('konzept-workbench')!.shadowRoot!.querySelector('.verdict')!.textContent ?? '') &&
          !/gelesen …|Reading/.test(document.querySelector('konzept-workbench')!.shadowRoot!.querySelector('.verdict')!.textContent ?? ''),
        { timeout: 60_000 },
      );
      return page.evaluate(() => document.querySelector('konzept-workbench')!.shadowRoot!.querySelector('.verdict')!.textContent!.replace(/\s+/g, ' ').trim());
    }

    async function axe(page: Page): Promise<string[]> {
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      return page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          // axe would fetch the stylesheets again (XMLHttpRequest), which file:// refuses; it needs none of them here.
          preload: false,
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    }

    const shot = async (page: Page, name: string) => {
      if (shots) await page.screenshot({ path: join(shots, `werkstatt-${mode}-${name}.png`) as `${string}.png`, fullPage: true });
    };

    function ownOrigin(url: string): boolean {
      return url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
    }

    test('a workbook in: the verdict, the chart in the preview, the export downloaded with the right statuses, nothing sent', async () => {
      const { page, requests, errors } = await open();
      assert.deepEqual(await axe(page), [], 'axe before a file is chosen');
      const verdict = await choose(page, join(folder, 'beispiel/beispiel-ampeldokument.xlsx'));
      assert.match(verdict, /in Ordnung.*193 Maßnahmen gelesen/);
      // The preview: the chart of the data just read (73 % green in the Konstanz sample).
      await page.waitForFunction(() => {
        const chart = document.querySelector('konzept-workbench')!.shadowRoot!.querySelector('ampel-chart');
        return chart?.shadowRoot?.querySelector('svg') && /73\s?%/.test(chart.shadowRoot.textContent ?? '');
      });
      assert.deepEqual(await axe(page), [], 'axe with a good file and its preview');
      await shot(page, 'good-1280');

      const name = await page.evaluate(() => {
        const link = document.querySelector('konzept-workbench')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[download]')!;
        link.click();
        return link.getAttribute('download')!;
      });
      assert.equal(name, 'beispiel-ampeldokument.json');
      const file = join(downloads, name);
      for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      const counts: Record<string, number> = {};
      for (const field of exported.fields)
        for (const o of field.objectives) for (const m of o.measures) counts[m.status.value] = (counts[m.status.value] ?? 0) + 1;
      assert.deepEqual(counts, { green: 141, yellow: 39, red: 13 });
      assert.equal(exported.municipality.name, 'Landkreis Konstanz');

      const snippet = await page.evaluate(
        () => document.querySelector('konzept-workbench')!.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-form-a')!.value,
      );
      assert.match(snippet, /<konzept-provider src="\/fileadmin\/integration\/beispiel-ampeldokument\.json">/);
      const links = await page.evaluate(
        () => document.querySelector('konzept-workbench')!.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-form-b')!.value,
      );
      assert.match(links, /beispiel-ampeldokument\.json#konzept-ampel-chart/);

      assert.deepEqual(
        requests.filter((url) => !ownOrigin(url)),
        [],
        'no request leaves the page’s origin',
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('broken files: every problem at once, with row, column and what to do; the JSON error at its line', async () => {
      const { page, requests, errors } = await open(320);
      const dir = mkdtempSync(join(tmpdir(), 'konzept-broken-'));
      writeFileSync(join(dir, 'ampel.csv'), Buffer.from(BROKEN_CSV, 'latin1'));
      const verdict = await choose(page, join(dir, 'ampel.csv'));
      assert.match(verdict, /„ampel\.csv“ kann so nicht veröffentlicht werden/);
      const text = await page.evaluate(() => document.querySelector('konzept-workbench')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      assert.match(text, /Zeile 4/);
      assert.match(text, /Was tun:/);
      assert.match(text, /Name der Kommune fehlt/);
      assert.deepEqual(await axe(page), [], 'axe with a broken workbook');
      await shot(page, 'broken-csv-320');

      writeFileSync(join(dir, 'kaputt.json'), BROKEN_JSON);
      await choose(page, join(dir, 'kaputt.json'));
      const jsonText = await page.evaluate(() => document.querySelector('konzept-workbench')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      assert.match(jsonText, /Zeile 3, Spalte \d+/);
      assert.match(jsonText, /kein gültiges JSON/);
      assert.deepEqual(await axe(page), [], 'axe with a broken JSON export');
      await shot(page, 'broken-json-320');
      assert.deepEqual(
        requests.filter((url) => !ownOrigin(url)),
        [],
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
