/**
 * The WordPress plugin (integrations/wordpress/) without WordPress: its PHP parses (`php -l`), its
 * upload check says what an editor must fix, every string it shows has its German translation, and
 * the zip a person installs holds what WordPress needs. The plugin inside a real WordPress is
 * `npm run test:wordpress` (not part of `npm test`: it installs Debian's wordpress and mariadb).
 * Needs `php` (php-cli; `bash .ci/run` installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain JavaScript modules of the build
import { buildWordpressPlugin, parsePo } from '../../integrations/wordpress/build.mjs';
// @ts-expect-error: plain JavaScript modules of the build
import { makeRelease, releaseDir, version } from '../../scripts/release.mjs';
// @ts-expect-error: plain JavaScript modules of the build
import { readZip } from '../../scripts/zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const plugin = join(root, 'integrations/wordpress/konzept-kit');
const tmp = mkdtempSync(join(tmpdir(), 'konzept-wp-'));

function php(args: string[], input?: string): string {
  const run = spawnSync('php', args, { encoding: 'utf8', input });
  if (run.error) throw new Error('php is missing: install php-cli (bash .ci/run does)');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return run.stdout;
}

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** The plugin's upload check on each file, outside WordPress (its few WordPress functions stubbed). */
function validate(contents: Record<string, Buffer | string>): Record<string, string[]> {
  for (const [name, bytes] of Object.entries(contents)) writeFileSync(join(tmp, name), bytes);
  const harness = join(tmp, 'harness.php');
  writeFileSync(
    harness,
    `<?php
define('ABSPATH', '/');
function __($s) { return $s; }
function _n($a, $b, $n) { return $n == 1 ? $a : $b; }
function esc_html($s) { return htmlspecialchars($s); }
function wp_json_encode($v) { return json_encode($v, JSON_UNESCAPED_UNICODE); }
require ${JSON.stringify(join(plugin, 'includes/validate.php'))};
$out = array();
foreach (array_slice($argv, 1) as $name) $out[$name] = konzept_kit_validate_export(file_get_contents(${JSON.stringify(tmp)} . '/' . $name));
echo json_encode($out, JSON_UNESCAPED_UNICODE);
`,
  );
  return JSON.parse(php([harness, ...Object.keys(contents)]));
}

test('every PHP file of the plugin parses (php -l)', () => {
  const sources = [...files(plugin, '.php'), ...files(join(root, 'integrations/wordpress/test'), '.php')];
  assert.ok(sources.length >= 7);
  for (const file of sources) assert.match(php(['-l', file]), /No syntax errors/, file);
});

test('the upload check passes the sample exports and names each problem of a broken one', () => {
  const examples = Object.fromEntries(files(join(root, 'schema/examples'), '.json').map((f) => [f.split('/').pop()!, readFileSync(f)]));
  for (const [name, problems] of Object.entries(validate(examples))) assert.deepEqual(problems, [], name);

  const konstanz = JSON.parse(readFileSync(join(root, 'schema/examples/konstanz-1.0.json'), 'utf8'));
  const [first, second] = konstanz.fields[0].objectives[0].measures;
  first.status.value = 'blau';
  second.id = first.id;
  const text = readFileSync(join(root, 'schema/examples/konstanz-1.0.json'), 'utf8');
  const lines = text.split('\n');
  const brokenLine = lines.findIndex((l: string) => l.includes('"title"')) + 1;
  lines[brokenLine - 1] = lines[brokenLine - 1] + ',';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const result = validate({
    'broken.json': JSON.stringify(konstanz, null, 2),
    'ansi.json': Buffer.from(text, 'latin1'),
    'utf16.json': utf16,
    'comma.json': lines.join('\n'),
    'list.json': '[1, 2, 3]',
    'bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  });
  const broken = result['broken.json']!.join('\n');
  assert.match(broken, new RegExp(`Sprache, measure "${first.title.slice(0, 40)}[^"]*": the status "blau" is not on the scale \\(green, yellow, red\\)`));
  assert.match(broken, new RegExp(`measure "${second.title.slice(0, 40)}[^"]*": the id "${first.id}" is already used by Sprache, measure`));
  assert.match(result['ansi.json']![0]!, /not saved as UTF-8 \(probably Windows-1252/);
  assert.match(result['utf16.json']![0]!, /saved as UTF-16/);
  assert.match(result['comma.json']![0]!, new RegExp(`not valid JSON \\(near line ${brokenLine}\\)`));
  assert.match(result['list.json']![0]!, /not a konzept-kit export/);
  assert.deepEqual(result['bom.json'], [], 'a UTF-8 byte order mark (Windows Notepad) is fine');
});

test('every string the plugin shows has its German translation', () => {
  const po = parsePo(readFileSync(join(plugin, 'languages/konzept-kit-de_DE.po'), 'utf8')) as Array<{ context?: string; id: string; strs: string[] }>;
  const translated = new Map(po.map((e) => [`${e.context ?? ''}|${e.id}`, e.strs]));
  const used = new Set<string>();
  for (const file of [...files(plugin, '.php'), ...files(plugin, '.js')]) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:__|esc_html__|esc_attr__|_n)\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(`|${m[1]!.replace(/\\'/g, "'")}`);
  }
  const block = JSON.parse(readFileSync(join(plugin, 'block/block.json'), 'utf8'));
  used.add(`block title|${block.title}`);
  used.add(`block description|${block.description}`);
  const header = /Description:\s+(.*)/.exec(readFileSync(join(plugin, 'konzept-kit.php'), 'utf8'))![1]!;
  used.add(`|${header.trim()}`);
  assert.ok(used.size > 30, `${used.size} strings found`);
  for (const key of used) {
    const strs = translated.get(key);
    assert.ok(strs?.length && strs.every((s) => s.trim()), `no German for ${key}`);
  }
});

test('the plugin zip holds the plugin, the elements and compiled translations WordPress can read', () => {
  const zip = buildWordpressPlugin({ out: tmp, version: '9.8.7' });
  assert.match(zip, /konzept-kit-wordpress-9\.8\.7\.zip$/);
  const listing = spawnSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' });
  const names = listing.status === 0 ? listing.stdout.split('\n') : [];
  if (listing.status === 0) {
    for (const needed of [
      'konzept-kit/konzept-kit.php',
      'konzept-kit/block/block.json',
      'konzept-kit/assets/konzept-kit.js',
      'konzept-kit/assets/konzept-kit.css',
      'konzept-kit/languages/konzept-kit-de_DE.mo',
      'konzept-kit/languages/konzept-kit-de_DE-konzept-kit-block-editor.json',
    ]) {
      assert.ok(names.includes(needed), `${needed} in the zip`);
    }
    assert.ok(!names.some((n) => n.endsWith('.map')), 'no source maps');
  }
  const stage = join(tmp, 'konzept-kit-wordpress/konzept-kit');
  assert.match(readFileSync(join(stage, 'konzept-kit.php'), 'utf8'), /Version:\s+9\.8\.7[\s\S]*'KONZEPT_KIT_VERSION', '9\.8\.7'/);
  // WordPress' MO reader refuses a file whose hash-table address does not follow the two tables.
  const mo = readFileSync(join(stage, 'languages/konzept-kit-de_DE.mo'));
  const count = mo.readUInt32LE(8);
  assert.equal(mo.readUInt32LE(0), 0x950412de);
  assert.equal(mo.readUInt32LE(24), 28 + count * 16);
  const jed = JSON.parse(readFileSync(join(stage, 'languages/konzept-kit-de_DE-konzept-kit-block-editor.json'), 'utf8'));
  assert.deepEqual(jed.locale_data.messages['Choose from media library'], ['Aus der Mediathek wählen']);
});

test("npm run release puts the plugin zip beside the editors' one, with the plugin folder WordPress expects", async () => {
  const zip = join(releaseDir as string, `konzept-kit-wordpress-${version as string}.zip`);
  // `npm test` has made the release already (scripts/test.mjs); a single run of this file makes it.
  if (!existsSync(zip)) await makeRelease();
  const names = [...(readZip(readFileSync(zip)) as Map<string, Buffer>).keys()];
  for (const needed of ['konzept-kit/konzept-kit.php', 'konzept-kit/assets/konzept-kit.js', 'konzept-kit/languages/konzept-kit-de_DE.mo']) {
    assert.ok(names.includes(needed), `${needed} in ${zip}`);
  }
  assert.ok(
    names.every((n) => n.startsWith('konzept-kit/')),
    'one folder, konzept-kit/',
  );
  assert.ok(!names.some((n) => /\.map$|werkstatt/.test(n)), 'no source maps, no workbench');
});
