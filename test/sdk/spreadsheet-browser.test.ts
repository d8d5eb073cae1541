/**
 * The spreadsheet entry in a browser, as a CMS plug-in would use it: bundled for the browser
 * (esbuild; exceljs in a chunk of its own, loaded on first .xlsx use), never part of the SDK's main
 * entry that elements use, and run in Chromium: a Windows-1252 CSV in, an .xlsx out and back in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
// @ts-expect-error: plain ES module scripts without types
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/local-web.mjs';

const root = resolve(import.meta.dirname, '../..');

async function bundle(entry: string, outdir: string) {
  return build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    minify: true,
    outdir,
    metafile: true,
    conditions: ['browser', 'module', 'import'],
    logLevel: 'silent',
    absWorkingDir: root,
  });
}

/** Serves `out` on 127.0.0.1, opens page.html in headless Chromium and waits for `window.result`. */
async function openPage(out: string): Promise<{ seen: unknown; close: () => Promise<void> }> {
  const types: Record<string, string> = { js: 'text/javascript', html: 'text/html' };
  const server = createServer((req, res) => {
    const file = join(out, (req.url ?? '/').split('?')[0]!);
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[file.split('.').at(-1)!] ?? 'application/octet-stream' }).end(readFileSync(file));
  }).listen(0, '127.0.0.1');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage();
    const address = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${address.port}/page.html`);
    await page.waitForFunction(() => (window as unknown as { result?: unknown }).result, { timeout: 20_000 });
    return { seen: await page.evaluate(() => (window as unknown as { result: unknown }).result), close };
  } catch (error) {
    await close();
    throw error;
  }
}

test('the SDK entry the elements use carries no spreadsheet code', async () => {
  const out = mkdtempSync(join(tmpdir(), 'konzept-sdk-'));
  try {
    const result = await bundle('packages/sdk/src/index.ts', out);
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(
      inputs.filter((i) => /exceljs|papaparse|spreadsheet/.test(i)),
      [],
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('in Chromium: CSV (Windows-1252) in, xlsx out and back in, exceljs loaded only then', { skip: !existsSync(chromiumPath) && 'no Chromium' }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'konzept-sheet-browser-'));
  const result = await bundle('packages/sdk/src/spreadsheet/index.ts', out);
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint)!;
  const excel = outputs.find(([, o]) => Object.keys(o.inputs).some((i) => i.includes('exceljs')))!;
  assert.notEqual(entry[0], excel[0], 'exceljs sits in its own chunk');
  const entryGzip = gzipSync(readFileSync(join(root, entry[0]))).length;
  assert.ok(entryGzip < 60_000, `spreadsheet entry ${entryGzip} bytes gzip`);

  writeFileSync(
    join(out, 'page.html'),
    `<!doctype html><meta charset="utf-8"><script type="module">
      const { importSheet, exportXlsx } = await import('./index.js');
      const text = 'Handlungsfeld;Unterziel;Maßnahme;Status\\r\\nSprache;Kurse;Sprachcafé – 5 €;grün\\r\\n;;Elternkurs;GELB\\r\\n';
      const bytes = Uint8Array.from([...text], (c) => (c === '–' ? 0x96 : c === '€' ? 0x80 : c.charCodeAt(0)));
      const first = await importSheet(bytes, { municipality: 'Browserkreis' });
      const before = performance.getEntriesByType('resource').some((r) => r.name.includes('exceljs'));
      const again = await importSheet(await exportXlsx(first.concept));
      window.result = {
        encoding: first.csv.encoding,
        measures: again.concept.fields[0].objectives[0].measures.map((m) => [m.title, m.status.value]),
        same: JSON.stringify(first.concept) === JSON.stringify(again.concept),
        excelBefore: before,
        excelAfter: performance.getEntriesByType('resource').some((r) => r.name.includes('exceljs')),
      };
    </script>`,
  );
  const { seen, close } = await openPage(out);
  try {
    assert.deepEqual(seen, {
      encoding: 'windows-1252',
      measures: [
        ['Sprachcafé – 5 €', 'green'],
        ['Elternkurs', 'yellow'],
      ],
      same: true,
      excelBefore: false,
      excelAfter: true,
    });
  } finally {
    await close();
    rmSync(out, { recursive: true, force: true });
  }
});

test(
  'in Chromium: workbooks from other tools (.xlsx with fill colours, .ods) are read without exceljs',
  { skip: !existsSync(chromiumPath) && 'no Chromium' },
  async () => {
    const out = mkdtempSync(join(tmpdir(), 'konzept-sheet-browser-'));
    await bundle('packages/sdk/src/spreadsheet/index.ts', out);
    for (const name of ['fill-only.xlsx', 'libreoffice.ods', 'truncated.xlsx']) {
      writeFileSync(join(out, name), readFileSync(join(root, 'test/fixtures/workbooks', name)));
    }
    writeFileSync(
      join(out, 'page.html'),
      `<!doctype html><meta charset="utf-8"><script type="module">
      const { importSheet } = await import('./index.js');
      const read = async (name) => importSheet(new Uint8Array(await (await fetch(name)).arrayBuffer()), { municipality: 'Browserkreis' });
      const statuses = (r) => r.concept.fields.flatMap((f) => f.objectives.flatMap((o) => o.measures.map((m) => m.status?.value ?? '-')));
      const xlsx = await read('fill-only.xlsx');
      const ods = await read('libreoffice.ods');
      const broken = await read('truncated.xlsx');
      window.result = {
        xlsx: statuses(xlsx),
        ods: statuses(ods),
        broken: broken.issues.map((i) => i.code),
        excel: performance.getEntriesByType('resource').some((r) => r.name.includes('exceljs')),
      };
    </script>`,
    );
    const { seen, close } = await openPage(out);
    try {
      assert.deepEqual(seen, {
        xlsx: ['green', 'yellow', 'red', 'green', 'yellow'],
        ods: ['green', 'yellow', 'green', 'green'],
        broken: ['unreadable'],
        excel: false,
      });
    } finally {
      await close();
      rmSync(out, { recursive: true, force: true });
    }
  },
);
