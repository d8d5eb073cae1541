// The script a page really loads, counted in the browser: every JavaScript response of one page load
// (the entry, its chunks, whatever it imports on demand), each gzipped at level 9 as a server would
// send it. Used by the bench (bench/run.mjs) and the size test (test/build/page-bytes.test.ts).
import { gzipSync } from 'node:zlib';

/**
 * Opens `url` in a fresh tab of `browser` (puppeteer), waits until `ready` (an expression evaluated in
 * the page) is true and the network is quiet, and returns the scripts it loaded. With `html`, the
 * page at `url` is that text (the rest of the site comes from the server as usual).
 * @returns {Promise<{ files: { url: string, bytes: number, gzip: number, text: string }[], bytes: number, gzip: number }>}
 */
export async function scriptBytesOfPage(browser, url, ready = 'true', html = undefined) {
  const page = await browser.newPage();
  if (html !== undefined) {
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url() === url ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : request.continue(),
    );
  }
  const files = [];
  const pending = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) || response.status() !== 200) return;
    pending.push(
      response
        .buffer()
        .then((body) => files.push({ url: response.url(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, text: body.toString('utf8') })),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(ready, { timeout: 30_000 });
    await page.waitForNetworkIdle({ idleTime: 300 });
    await Promise.all(pending);
  } finally {
    await page.close();
  }
  files.sort((a, b) => a.url.localeCompare(b.url));
  return { files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
