// The built Storybook in Chromium: every story renders its element, logs no console error and has
// no axe violation (WCAG 2.1 A/AA) in #storybook-root. `storybook build` exits 0 even when every
// story dies in the browser (docs/TOOLCHAIN.md: decorators Vite 8 leaves in place), so only this proves it.
//
// Run by `npm run test:storybook` (which builds storybook-static/ first) and from `npm test`.
// Chromium: CHROME_PATH or /usr/bin/chromium. Story tags (in storybook-static/index.json):
//   state-loading         the element shows its loading state (and must, instead of settling);
//   expect-console-error  the story shows an error state on purpose: `[konzept-kit] …` messages are
//                         expected there (the elements log details for developers), nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS, CONTENT_TYPES } from '../../scripts/local-web.mjs';
import { TOOLS, VIEWS } from '../../scripts/registry.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = join(root, 'storybook-static');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The views and the pages of their own (the workbench), each with its stories.
const ELEMENTS = [...VIEWS, ...TOOLS].map((row) => row.tag);
const PARALLEL = 3;
// Generous: on a loaded 2-core machine (load 30 seen) a large story took over 30 s to settle.
const STORY_TIMEOUT = 45_000;

const TYPES = CONTENT_TYPES;

if (!existsSync(join(staticDir, 'index.json'))) {
  throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first (npm run test:storybook does).');
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** A tiny static server for storybook-static/ on 127.0.0.1 (404 for anything missing). */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Chromium asks for /favicon.ico by itself; that 404 would be no story's fault.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    let file = normalize(join(staticDir, path));
    if (!file.startsWith(staticDir + sep) && file !== staticDir) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server;
let browser;
let origin;

before(async () => {
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Listens on Storybook's channel from the first script on: the story's end and its errors. */
function watchStorybook() {
  window.__konzeptStory = { finished: undefined, errors: [] };
  const hook = setInterval(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(hook);
    channel.on('storyFinished', (event) => (window.__konzeptStory.finished = event));
    for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying']) {
      channel.on(name, (detail) => window.__konzeptStory.errors.push(`${name}: ${JSON.stringify(detail)?.slice(0, 500)}`));
    }
  }, 5);
}

/** What the story's elements show, read inside the page. */
function inspect(elements) {
  const storyRoot = document.querySelector('#storybook-root');
  const found = [...(storyRoot?.querySelectorAll([...elements, 'konzept-provider'].join(',')) ?? [])];
  return {
    tags: found.map((el) => el.localName),
    elements: found
      .filter((el) => elements.includes(el.localName))
      .map((el) => ({
        tag: el.localName,
        rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
        loading: !!el.shadowRoot?.querySelector('.state--loading'),
        error: el.shadowRoot?.querySelector('.state--error')?.textContent?.replace(/\s+/g, ' ').trim(),
      })),
    errorDisplay: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent : undefined,
  };
}

async function runAxe(tags) {
  const result = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes
        .slice(0, 5)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n      ')}`,
  );
}

/**
 * The story's address. The a11y addon's own run is switched off here (`a11y.manual`): this test runs
 * axe itself, once; the addon's configuration is checked by its own test below.
 */
const storyUrl = (id, addonA11y = false) => `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${addonA11y ? '' : '&globals=a11y.manual:!true'}`;

async function checkStory(story) {
  const page = await browser.newPage();
  const problems = [];
  const consoleErrors = [];
  const expectErrors = story.tags.includes('expect-console-error');
  const loadingStory = story.tags.includes('state-loading');
  try {
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (expectErrors && text.startsWith('[konzept-kit]')) return;
      consoleErrors.push(`console.error: ${text.slice(0, 400)}`);
    });
    // An uncaught error (e.g. a SyntaxError in the bundle) may keep Storybook from ever finishing:
    // stop waiting a moment after it instead of running into the timeout for every story.
    let onUncaught;
    const uncaught = new Promise((resolve) => (onUncaught = resolve));
    page.on('pageerror', (error) => {
      consoleErrors.push(`uncaught: ${String(error?.message ?? error).slice(0, 400)}`);
      onUncaught();
    });
    page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    await page.evaluateOnNewDocument(watchStorybook);
    await page.goto(storyUrl(story.id), { waitUntil: 'load', timeout: STORY_TIMEOUT });
    const done = page.waitForFunction(() => window.__konzeptStory?.finished || window.__konzeptStory?.errors.length, { timeout: STORY_TIMEOUT, polling: 50 });
    const gaveUp = await Promise.race([done.then(() => false), uncaught.then(() => new Promise((resolve) => setTimeout(() => resolve(true), 1000)))]);
    if (gaveUp && !(await page.evaluate(() => window.__konzeptStory?.finished))) {
      done.catch(() => {});
      throw new Error('the story did not finish after an uncaught error');
    }
    const { finished, errors } = await page.evaluate(() => window.__konzeptStory);
    problems.push(...errors);
    if (finished && finished.status !== 'success') {
      const reports = (finished.reporters ?? []).map(
        (r) =>
          `${r.type}: ${r.status}${r.result?.violations ? ` (${r.result.violations.map((v) => v.id).join(', ')})` : ''}${r.result?.error ? ` ${JSON.stringify(r.result.error).slice(0, 300)}` : ''}`,
      );
      problems.push(`Storybook finished the story with status ${finished.status}: ${reports.join('; ') || 'no reports'}`);
    }

    const seen = await page.evaluate(inspect, ELEMENTS);
    if (seen.errorDisplay) problems.push(`Storybook shows an error: ${seen.errorDisplay}`);
    const component = story.title.split('/').pop();
    if (!seen.tags.includes(component)) problems.push(`no <${component}> in #storybook-root (found: ${seen.tags.join(', ') || 'nothing'})`);
    if (!seen.elements.length) problems.push('no konzept element rendered');
    for (const el of seen.elements) {
      if (!el.rendered) problems.push(`<${el.tag}> rendered nothing into its shadow root`);
      if (loadingStory && !el.loading) problems.push(`<${el.tag}> should show its loading state`);
      if (!loadingStory && el.loading) problems.push(`<${el.tag}> is still loading`);
      if (el.error && !expectErrors) problems.push(`<${el.tag}> shows an error: ${el.error}`);
    }
    if (expectErrors && !seen.elements.some((el) => el.error)) problems.push('an error story without an error message in its element');

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(runAxe, WCAG21_AA);
    for (const v of violations) problems.push(`axe: ${v}`);
    problems.push(...consoleErrors);
  } catch (error) {
    problems.push(`${error.message}`, ...consoleErrors);
  } finally {
    await page.close();
  }
  return problems;
}

/** The stories checked in a few parallel pages; each test below awaits its own result. */
const results = new Map();
function resultOf(story) {
  if (!results.has(story.id)) {
    // Start the next few stories too, so PARALLEL pages are busy while this test waits.
    const start = stories.indexOf(story);
    for (const next of stories.slice(start, start + PARALLEL)) {
      if (!results.has(next.id)) results.set(next.id, checkStory(next));
    }
  }
  return results.get(story.id);
}

test('storybook-static has stories for every element', () => {
  const components = new Set(stories.map((s) => s.title.split('/').pop()));
  for (const tag of [...ELEMENTS, 'konzept-provider']) assert.ok(components.has(tag), `no stories for <${tag}>`);
  const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
  for (const tag of [...ELEMENTS, 'konzept-provider']) {
    assert.ok(
      docs.some((d) => d.title.split('/').pop() === tag),
      `no docs page for <${tag}>`,
    );
  }
});

test('the a11y addon checks a story against WCAG 2.1 AA in #storybook-root (what readers of Storybook see)', async () => {
  const story = stories.find((s) => s.id.endsWith('--overview')) ?? stories[0];
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(watchStorybook);
    await page.goto(storyUrl(story.id, true), { waitUntil: 'load', timeout: STORY_TIMEOUT });
    await page.waitForFunction(() => window.__konzeptStory?.finished, { timeout: STORY_TIMEOUT, polling: 50 });
    const finished = await page.evaluate(() => window.__konzeptStory.finished);
    const report = finished.reporters.find((r) => r.type === 'a11y');
    assert.ok(report, 'no a11y report');
    assert.equal(report.status, 'passed', JSON.stringify(report.result?.violations?.map((v) => v.id)));
    assert.deepEqual(report.result.toolOptions.runOnly, { type: 'tag', values: WCAG21_AA });
    assert.ok(report.result.passes.length > 0, 'axe checked nothing');
  } finally {
    await page.close();
  }
});

for (const story of stories) {
  test(`${story.title} › ${story.name}`, { timeout: STORY_TIMEOUT * 2 }, async () => {
    const problems = await resultOf(story);
    assert.deepEqual(problems, [], `${story.id}:\n  ${problems.join('\n  ')}`);
  });
}
