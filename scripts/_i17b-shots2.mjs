import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './local-web.mjs';
import { serve } from './serve.mjs';
const server = await serve({ port: 8117, host: '127.0.0.1' });
const origin = 'http://127.0.0.1:8117';
const head = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>shot</title><link rel="stylesheet" href="/dist/konzept-kit.css"><script type="module" src="/dist/konzept-kit.js"></script><style>body{font-family:system-ui,sans-serif;margin:8px}</style></head><body>`;
const landshutNext = `<script type="module">
  const from = await (await fetch('/schema/examples/landshut.json')).json();
  const to = structuredClone(from);
  to.version = 'Fortschreibung 2028';
  to.guidelines[0].text = { ...to.guidelines[0].text, de: 'Integration ist eine Aufgabe der ganzen Stadtgesellschaft: Verwaltung, Zivilgesellschaft und Zugewanderte gestalten sie gemeinsam.' };
  to.guidelines.push({ id: 'mehrsprachigkeit', title: 'Sprache öffnet Türen', text: 'Mehrsprachige Information ist die Regel, nicht die Ausnahme.' });
  const b = to.fields.find((f) => f.id === 'beteiligung');
  b.goal.title = { ...b.goal.title, de: 'Zugewanderte gestalten das Leben in der Stadt gleichberechtigt und sichtbar mit.' };
  b.objectives = b.objectives.filter((o) => o.id !== 'beteiligung-3');
  for (const el of document.querySelectorAll('version-diff')) { el.fromConcept = from; el.toConcept = to; }
</script>`;
const PAGES = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
try {
  for (const [name, body, where] of PAGES) {
    for (const width of [320, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 1000 });
      const url = `${origin}/shot-${name}.html`;
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url() === url ? r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: head + body.replace('LANDSHUT', landshutNext) + '</body></html>' }) : r.continue()));
      await page.goto(url, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 1200));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const clip = where === 'bottom' ? { x: 0, y: Math.max(0, height - 900), width, height: Math.min(900, height) } : { x: 0, y: Number(where) || 0, width, height: Math.min(1400, height - (Number(where) || 0)) };
      await page.screenshot({ path: `/tmp/i17b-shots/${name}-${where}-${width}.png`, clip, captureBeyondViewport: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
