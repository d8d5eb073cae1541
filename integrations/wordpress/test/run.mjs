#!/usr/bin/env node
// `npm run test:wordpress`: the plugin in a real WordPress, as an editor meets it. Not part of
// `npm test` (it installs Debian's wordpress, mariadb-server and php packages when they are missing,
// and takes a minute or two).
//
// 1. Debian's WordPress (6.1 on Debian 12) on PHP's built-in server at 127.0.0.1, with a MariaDB of
//    its own (a data folder under /tmp, no TCP port), installed in German.
// 2. The admin installs the plugin zip that `npm run release` writes, through WordPress' own
//    "Plugin hochladen" page, and activates it.
// 3. An Author (no unfiltered_html: WordPress strips custom tags from what she saves) uploads the
//    Konstanz export through the REST API, as the media library does; a broken export is refused
//    with a German message that names the measure.
// 4. She publishes a post with the block and the shortcode; the test opens it in Chromium at 1280
//    and 320 px: the chart says 73 % green, the measures are listed, the concept keeps to the
//    theme's content width. Screenshots of the post and the block in the editor go to
//    /tmp/konzept-wp/shots/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../../scripts/local-web.mjs';
import { buildWordpressPlugin } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const work = '/tmp/konzept-wp';
const content = join(work, 'content');
const shots = join(work, 'shots');
const socket = join(work, 'mysql.sock');
const started = Date.now();
const children = [];
const results = [];

function step(text) {
  console.log(`· ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function sh(command, args, options = {}) {
  const run = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

function ensurePackages() {
  const missing = [
    ['/usr/share/wordpress/wp-load.php', 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ].filter(([path]) => !existsSync(path));
  const phpModules = existsSync('/usr/bin/php') ? sh('php', ['-m']) : '';
  if (!/mysqli/.test(phpModules)) missing.push(['', 'php-mysql']);
  if (!/mbstring/.test(phpModules)) missing.push(['', 'php-mbstring']);
  if (!/\bxml\b/.test(phpModules)) missing.push(['', 'php-xml']);
  if (!/\bzip\b/.test(phpModules)) missing.push(['', 'php-zip']);
  if (!missing.length) return;
  const names = [...new Set(missing.map(([, name]) => name))];
  step(`installing Debian packages: ${names.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { env });
  sh('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', ...names], { env });
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitFor(check, what, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  child.log = () => log;
  children.push(child);
  return child;
}

async function startDatabase() {
  const data = join(work, 'db');
  sh('mariadb-install-db', [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
  start('/usr/sbin/mariadbd', [
    `--datadir=${data}`,
    `--socket=${socket}`,
    '--skip-networking',
    '--user=root',
    `--pid-file=${join(work, 'db.pid')}`,
    '--skip-log-bin',
  ]);
  await waitFor(() => existsSync(socket), 'MariaDB');
  sh('mariadb', [
    `--socket=${socket}`,
    '-uroot',
    '-e',
    "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  ]);
}

function writeConfig(url) {
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  mkdirSync(join(content, 'themes'), { recursive: true });
  symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
  symlinkSync('/usr/share/wordpress/wp-content/languages', join(content, 'languages'));
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(
    '/etc/wordpress/config-127.0.0.1.php',
    `<?php
// Written by konzept-kit's WordPress test (integrations/wordpress/test/run.mjs).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
`,
  );
}

function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '✔' : '✘'} ${name}${detail ? ` (${detail})` : ''}`);
}

async function main() {
  ensurePackages();
  step('building the plugin');
  if (!existsSync(join(root, 'dist/konzept-kit.js'))) sh('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const zip = buildWordpressPlugin({ out: join(root, 'release') });

  for (const pidFile of [join(work, 'db.pid')]) {
    if (existsSync(pidFile)) spawnSync('kill', [readFileSync(pidFile, 'utf8').trim()]);
  }
  rmSync(work, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  step(`WordPress ${sh('php', ['-r', "include '/usr/share/wordpress/wp-includes/version.php'; echo $wp_version;"])} on ${url}`);
  await startDatabase();
  writeConfig(url);
  const site = JSON.parse(
    sh('php', [join(here, 'setup.php'), url])
      .trim()
      .split('\n')
      .pop(),
  );
  check('the Author may not save custom HTML tags (kses applies to her posts)', site.canUnfiltered === false);
  start('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], {
    env: { ...process.env, KONZEPT_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
  });
  await waitFor(async () => (await fetch(`${url}/wp-login.php`).catch(() => undefined))?.ok, 'the web server');

  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${join(work, 'chromium')}`],
  });
  try {
    let page = await browser.newPage();
    page.setDefaultTimeout(60000);
    const login = async (user, password) => {
      await page.goto(`${url}/wp-login.php`);
      await page.type('#user_login', user);
      await page.type('#user_pass', password);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.waitForSelector('#wpadminbar, #login_error');
    };

    step('the admin uploads and activates the plugin zip');
    await page.setViewport({ width: 1280, height: 900 });
    await login('admin', 'konzept-admin-Passwort-1');
    await page.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await page.waitForSelector('input[type=file][name=pluginzip]').catch(async (error) => {
      await page.screenshot({ path: join(shots, 'failed-upload-page.png') });
      throw new Error(`No plugin upload form at ${page.url()}: ${error.message}`);
    });
    await input.uploadFile(zip);
    await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
    const installed = await page.evaluate(() => document.querySelector('.wrap')?.textContent ?? '');
    check(
      'WordPress installs the plugin from the release zip',
      /Plugin wurde erfolgreich installiert|successfully/i.test(installed),
      installed.replace(/\s+/g, ' ').trim().slice(0, 120),
    );
    const activate = await page.evaluate(() => document.querySelector('a[href*="action=activate"]')?.href);
    await page.goto(activate);
    const plugins = await page.evaluate(() => document.querySelector('tr[data-plugin="konzept-kit/konzept-kit.php"]')?.className ?? '');
    check('the plugin is active', /\bactive\b/.test(plugins));
    const description = await page.evaluate(
      () => document.querySelector('tr[data-plugin="konzept-kit/konzept-kit.php"]')?.textContent.replace(/\s+/g, ' ') ?? '',
    );
    check('its description is in German on a German site', /Integrationskonzept eines Landkreises/.test(description), description.slice(0, 200));

    step('the Author uploads the export through the REST API');
    const auth = { Authorization: `Basic ${Buffer.from(`${site.author}:${site.appPassword}`).toString('base64')}` };
    // As the media library and the block's upload do: a multipart form with the file.
    const upload = async (name, bytes) => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/json' }), name);
      const response = await fetch(`${url}/?rest_route=/wp/v2/media`, { method: 'POST', headers: auth, body: form });
      return { status: response.status, body: await response.json() };
    };
    const konstanz = readFileSync(join(root, 'schema/examples/konstanz-1.0.json'));
    const good = await upload('integrationskonzept.json', konstanz);
    check('an Author uploads a valid export to the media library', good.status === 201, `HTTP ${good.status} ${good.body?.message ?? ''}`);
    const second = await upload('integrationskonzept-2.0.json', readFileSync(join(root, 'schema/examples/konstanz-2.0.json')));
    check('… and the draft of version 2.0', second.status === 201, `HTTP ${second.status}`);

    const broken = JSON.parse(konstanz.toString('utf8'));
    const measure = broken.fields[0].objectives[0].measures[0];
    measure.status.value = 'blau';
    const refused = await upload('kaputt.json', Buffer.from(JSON.stringify(broken)));
    const message = refused.body?.message ?? '';
    check(
      'a broken export is refused, in German, naming the field, the measure and the status',
      refused.status >= 400 &&
        /kann nicht als Integrationskonzept veröffentlicht werden/.test(message) &&
        message.includes('blau') &&
        message.includes(measure.title) &&
        /gehört nicht zur Skala/.test(message),
      `HTTP ${refused.status}: ${message.slice(0, 160)}`,
    );
    const ansi = await upload('ansi.json', Buffer.from(konstanz.toString('utf8'), 'latin1'));
    check(
      'a Windows-1252 export is refused with what to do',
      ansi.status >= 400 && /UTF-8/.test(ansi.body?.message ?? ''),
      (ansi.body?.message ?? '').slice(0, 120),
    );
    const syntax = await upload('komma.json', Buffer.from(konstanz.toString('utf8').replace(/"title"/, ',"title"')));
    check(
      'a JSON syntax error is refused with its line',
      syntax.status >= 400 && /Zeile \d+/.test(syntax.body?.message ?? ''),
      (syntax.body?.message ?? '').slice(0, 120),
    );

    step('the Author publishes a post with the block and the shortcode');
    const src = good.body.source_url;
    const postContent = [
      `<!-- wp:paragraph --><p>Der Kreistag hat das Integrationskonzept 2018 beschlossen. So steht es um die Maßnahmen:</p><!-- /wp:paragraph -->`,
      `<!-- wp:konzept-kit/konzept {"id":${good.body.id},"src":"${src}","show":["chart","measures","diff"]} /-->`,
      `<!-- wp:heading --><h2>Nach Handlungsfeldern</h2><!-- /wp:heading -->`,
      `<!-- wp:shortcode -->[konzept id="${good.body.id}" show="chart" view="fields" lang="en"]<!-- /wp:shortcode -->`,
      `<!-- wp:heading --><h2>Was sich in der Fassung 2.0 ändert</h2><!-- /wp:heading -->`,
      `<!-- wp:shortcode -->[konzept id="${second.body.id}" from_id="${good.body.id}" show="diff"]<!-- /wp:shortcode -->`,
      // What the Author could not do without the plugin: kses removes the element tags.
      `<!-- wp:html --><ampel-chart class="handgeschrieben" src="${src}"></ampel-chart><!-- /wp:html -->`,
    ].join('\n\n');
    const created = await fetch(`${url}/?rest_route=/wp/v2/posts`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Integrationskonzept: Stand der Umsetzung', status: 'publish', content: postContent }),
    });
    const post = await created.json();
    check('the Author publishes the post', created.status === 201, `HTTP ${created.status}`);
    const stored = await (await fetch(`${url}/?rest_route=/wp/v2/posts/${post.id}&context=edit`, { headers: auth })).json();
    check(
      'kses removed the hand-written element but kept block and shortcode',
      !/<ampel-chart/.test(stored.content.raw) && /wp:konzept-kit\/konzept/.test(stored.content.raw) && /\[konzept /.test(stored.content.raw),
    );

    step('a reader opens the post');
    // A reader: a browser of her own, not logged in.
    const reader = await (await browser.createBrowserContext()).newPage();
    const errors = [];
    reader.on('pageerror', (e) => errors.push(e.message));
    reader.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(m.text()));
    // The theme and WordPress may reach for other hosts (emoji, avatars), which this machine cannot;
    // only our own requests count.
    reader.on('requestfailed', (r) => new URL(r.url()).host === new URL(url).host && errors.push(`${r.url()}: ${r.failure()?.errorText}`));
    for (const width of [1280, 320]) {
      await reader.setViewport({ width, height: 900 });
      await reader.goto(`${url}/?p=${post.id}`, { waitUntil: 'networkidle0' });
      await reader.waitForFunction(
        () =>
          [...document.querySelectorAll('ampel-chart')].length >= 2 &&
          [...document.querySelectorAll('ampel-chart')].every((c) => /\d/.test(c.shadowRoot?.textContent ?? '')),
        { timeout: 60000 },
      );
      const seen = await reader.evaluate(() => {
        const charts = [...document.querySelectorAll('.konzept-kit ampel-chart')];
        const wrapper = document.querySelector('.konzept-kit');
        const paragraph = document.querySelector('.entry-content > p, .wp-block-post-content > p');
        return {
          charts: charts.map((c) => c.shadowRoot.textContent.replace(/\s+/g, ' ')),
          measures: document.querySelector('measure-accordion')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length ?? 0,
          diffs: [...document.querySelectorAll('version-diff')].map((d) => d.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 600) ?? ''),
          wrapperWidth: wrapper?.getBoundingClientRect().width ?? 0,
          paragraphWidth: paragraph?.getBoundingClientRect().width ?? 0,
          moduleScript: !!document.querySelector('script[type="module"][src*="konzept-kit/assets/konzept-kit.js"]'),
          stylesheetInHead: !!document.head.querySelector('link[href*="konzept-kit/assets/konzept-kit.css"]'),
          lang: charts.map((c) => c.getAttribute('lang')),
          // Wider than the window: anything of ours (the theme's huge title may overflow by itself).
          ours: [...document.querySelectorAll('.konzept-kit, .konzept-kit *')]
            .filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
            .map((e) => e.localName),
        };
      });
      check(`${width} px: the chart says 73 % green (Konstanz)`, /73\s?%/.test(seen.charts[0] ?? ''), (seen.charts[0] ?? '').slice(0, 120));
      check(`${width} px: the shortcode's chart is in English, by field`, seen.lang[1] === 'en' && /Sprache|Language/.test(seen.charts[1] ?? ''));
      check(`${width} px: the measures are listed`, seen.measures > 100, `${seen.measures} measure buttons`);
      check(
        `${width} px: the status comparison of the last two reports shows`,
        /Statusänderungen seit dem letzten Bericht/.test(seen.diffs[0] ?? ''),
        (seen.diffs[0] ?? '').slice(0, 80),
      );
      check(
        `${width} px: the version comparison 1.0 → 2.0 counts 22 new and 21 deleted measures`,
        /22/.test(seen.diffs[1] ?? '') && /21/.test(seen.diffs[1] ?? ''),
        (seen.diffs[1] ?? '').slice(0, 120),
      );
      check(
        `${width} px: the concept keeps to the theme's content width`,
        seen.wrapperWidth > 0 && seen.wrapperWidth <= seen.paragraphWidth + 1,
        `${Math.round(seen.wrapperWidth)} px, paragraph ${Math.round(seen.paragraphWidth)} px`,
      );
      check(`${width} px: nothing of ours sticks out sideways`, seen.ours.length === 0, seen.ours.slice(0, 5).join(' '));
      check(`${width} px: the script is loaded as a module, the stylesheet in the head`, seen.moduleScript && seen.stylesheetInHead);
      await reader.screenshot({ path: join(shots, `post-${width}.png`), fullPage: width === 320 ? false : false });
      await reader.evaluate(() => document.querySelector('.konzept-kit')?.scrollIntoView());
      await reader.screenshot({ path: join(shots, `post-${width}-concept.png`) });
    }
    check('no script errors on the page', errors.length === 0, errors.slice(0, 3).join(' | '));

    step('the Author sees the block in the editor');
    // A browser of her own (no admin cookies).
    const own = await browser.createBrowserContext();
    const authorPage = await own.newPage();
    authorPage.setDefaultTimeout(60000);
    await authorPage.setViewport({ width: 1280, height: 900 });
    page = authorPage;
    await login('redaktion', 'konzept-autorin-Passwort-1');
    await page.goto(`${url}/wp-admin/post.php?post=${post.id}&action=edit`);
    await page.waitForSelector('.wp-block-konzept-kit-konzept ampel-chart', { timeout: 60000 });
    await page.waitForFunction(() => /73\s?%/.test(document.querySelector('.wp-block-konzept-kit-konzept ampel-chart')?.shadowRoot?.textContent ?? ''), {
      timeout: 60000,
    });
    check('the block previews the chart in the editor (73 %)', true);
    await page.click('.wp-block-konzept-kit-konzept');
    await new Promise((r) => setTimeout(r, 800));
    const sidebar = await page.evaluate(() => document.querySelector('.block-editor-block-inspector')?.textContent ?? '');
    check(
      'the block settings are in German',
      /Integrationskonzept/.test(sidebar) && /Daten/.test(sidebar) && /Darstellung/.test(sidebar) && /Aus der Mediathek wählen/.test(sidebar),
      sidebar.slice(0, 100),
    );
    await page.screenshot({ path: join(shots, 'editor-1280.png') });
  } finally {
    await browser.close();
  }
}

let failure;
try {
  await main();
} catch (error) {
  failure = error;
  console.error(error);
  for (const child of children) console.error(child.log().slice(-2000));
} finally {
  // --keep: leave WordPress running for a person to look around (the address is printed above).
  if (!process.argv.includes('--keep')) for (const child of children) child.kill();
  if (existsSync(join(work, 'debug.log'))) console.log(`WordPress debug log: ${join(work, 'debug.log')}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (failure ? 1 : 0);
console.log(`\nScreenshots: ${shots}\nWordPress test in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
